package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.RequestedId;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.UseOfGrantReport;
import fr.normandie.ecoles.funding.UseOfGrantReports;
import fr.normandie.ecoles.kernel.NotFound;
import fr.normandie.ecoles.schools.ReportDecision;
import fr.normandie.ecoles.schools.ReportState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The school's use-of-grant reports on a grant's page ({@code WEB-INF/funding/use-reports.xhtml}, issue 16): each
 * year's report with its state, and for funding officers the reports submitted, to validate or send back with a
 * reason. The grant's balance waits for the validated report of the year it pays.
 */
@Named
@ViewScoped
public class GrantUseReports implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "useDecisions";

    @Inject
    UseOfGrantReports reports;

    @Inject
    CurrentUser user;

    private final UUID id = RequestedId.current().orElse(null);
    private transient List<UseOfGrantReport> all;
    /** The reason typed for each submitted year, by year. */
    private final Map<String, String> reasons = new HashMap<>();

    /** The grant's reports, oldest year first; none for a grant that is not a school's (an opening's). */
    public List<UseOfGrantReport> getAll() {
        if (all == null) {
            try {
                all = id == null ? List.of() : reports.ofGrant(user.caller(), new GrantId(id));
            } catch (NotFound e) {
                all = List.of();
            }
        }
        return all;
    }

    public List<UseOfGrantReport> getSubmitted() {
        return getAll().stream().filter(r -> r.state() == ReportState.SUBMITTED).toList();
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String validate(UseOfGrantReport report) {
        return FormErrors.submit(FORM, () -> reports.validate(user.caller(), new GrantId(id), report.year(),
                        new ReportDecision(report.version(), null)))
                .map(r -> done("reports.use.validated", r)).orElse(null);
    }

    public String sendBack(UseOfGrantReport report) {
        String reason = reasons.get(String.valueOf(report.year()));
        return FormErrors.submit(FORM, () -> reports.sendBack(user.caller(), new GrantId(id), report.year(),
                        new ReportDecision(report.version(), reason)))
                .map(r -> done("reports.use.returned", r)).orElse(null);
    }

    private String done(String message, UseOfGrantReport report) {
        FormErrors.info(Texts.get(message, String.valueOf(report.year())));
        return "/funding/grant.xhtml?faces-redirect=true&id=" + id;
    }
}
