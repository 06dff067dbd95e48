package fr.normandie.ecoles.app.web.results;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ReportDecision;
import fr.normandie.ecoles.schools.ReportState;
import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.ResultsReport;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.YearIndicators;
import fr.normandie.ecoles.schools.YearlyReports;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school's yearly results ({@code /schools/results.xhtml?id=}): its indicators over the years, the results
 * recorded, for staff and administrators the form of a school year's results (a year already recorded is replaced,
 * validated at once) and the results the school submitted itself, to validate or send back with a reason (issue 16).
 * The school's page includes or links this page.
 */
@Named
@ViewScoped
public class SchoolResultsPage extends ResultsForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Schools schools;

    @Inject
    YearlyReports reports;

    @Inject
    ResultIndicators indicators;

    @Inject
    CurrentUser user;

    private UUID id;
    private transient School school;
    /** The reason typed for each submitted year, by school year. */
    private final Map<String, String> reasons = new HashMap<>();

    @PostConstruct
    void open() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException | NullPointerException e) {
            NotFound.answer();
            return;
        }
        if (getSchool() == null) {
            NotFound.answer();
        }
    }

    public School getSchool() {
        if (school == null && id != null) {
            school = schools.find(id).orElse(null);
        }
        return school;
    }

    public boolean isFound() {
        return getSchool() != null;
    }

    public boolean isRecorder() {
        return user.has(Role.STAFF) || user.has(Role.ADMIN);
    }

    /** The school's indicators, one row per school year, oldest first. */
    public List<YearIndicators> getIndicators() {
        return indicators.asOf(LocalDate.now(Clock.REGION)).ofSchool(id);
    }

    /** The results recorded and validated, newest year first. */
    public List<YearlyResults> getResults() {
        List<YearlyResults> results = new ArrayList<>(schools.results(id));
        Collections.reverse(results);
        return results;
    }

    /** The years the school submitted and the Region has not validated yet (issue 16). */
    public List<ResultsReport> getSubmitted() {
        return reports.ofSchool(user.caller(), id).stream().filter(r -> r.state() == ReportState.SUBMITTED).toList();
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    /** Records the year's results; a refusal is shown next to each field concerned, the form keeps what was typed. */
    @Override
    public String record() {
        if (!send(results -> schools.recordResults(user.caller(), id, results))) {
            return null;
        }
        FormErrors.info(Texts.get("results.recorded", getSchoolYear() + "-" + (getSchoolYear() + 1)));
        return self();
    }

    /** Validates a year the school submitted: it counts from now on. */
    public String validate(ResultsReport report) {
        return FormErrors.submit("decisions", () -> reports.validate(user.caller(), id,
                        report.schoolYear(), new ReportDecision(report.version(), null)))
                .map(r -> {
                    FormErrors.info(Texts.get("reports.results.validated", years(r.schoolYear())));
                    return self();
                }).orElse(null);
    }

    /** Sends a year back to the school with the reason typed. */
    public String sendBack(ResultsReport report) {
        String reason = reasons.get(String.valueOf(report.schoolYear()));
        return FormErrors.submit("decisions", () -> reports.sendBack(user.caller(), id,
                        report.schoolYear(), new ReportDecision(report.version(), reason)))
                .map(r -> {
                    FormErrors.info(Texts.get("reports.results.returned", years(r.schoolYear())));
                    return self();
                }).orElse(null);
    }

    static String years(int schoolYear) {
        return schoolYear + "-" + (schoolYear + 1);
    }

    private String self() {
        return "/schools/results.xhtml?faces-redirect=true&id=" + id;
    }

    public String getId() { return id == null ? null : id.toString(); }
}
