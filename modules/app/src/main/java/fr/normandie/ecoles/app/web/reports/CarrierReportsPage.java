package fr.normandie.ecoles.app.web.reports;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.app.web.results.ResultsForm;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.UseOfGrantForm;
import fr.normandie.ecoles.funding.UseOfGrantReport;
import fr.normandie.ecoles.funding.UseOfGrantReports;
import fr.normandie.ecoles.schools.ReportState;
import fr.normandie.ecoles.schools.ResultsReport;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.YearlyReports;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The carrier's reports ({@code /carrier/reports.xhtml?school=}, issue 16): without a school, the carrier's schools to
 * choose from; with one of its schools, the results of each school year and the use-of-grant report of each grant,
 * each with its state and the reason of a return, and the two forms that file them for the Region to validate. A
 * school of another carrier is answered as missing, by the modules.
 */
@Named
@ViewScoped
public class CarrierReportsPage extends ResultsForm {

    private static final long serialVersionUID = 1L;
    static final String USE_FORM = "useReport";

    @Inject
    Schools schools;

    @Inject
    YearlyReports reports;

    @Inject
    UseOfGrantReports useReports;

    @Inject
    CurrentUser user;

    private UUID id;
    private transient School school;
    private transient List<ResultsReport> results;
    private transient List<UseOfGrantReports.ReportableGrant> grants;
    /** The version of the results being corrected; null for a year not filed yet. */
    private Long version;
    private String grant;
    private Integer year;
    private BigDecimal staff;
    private BigDecimal supplies;
    private BigDecimal equipment;
    private BigDecimal premises;
    private BigDecimal other;
    private String summary;
    /** The version of the use-of-grant report being corrected; null for a year not filed yet. */
    private Long useVersion;

    @PostConstruct
    void open() {
        String parameter = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("school");
        if (parameter == null || parameter.isEmpty()) {
            return;
        }
        try {
            id = UUID.fromString(parameter);
            load();
        } catch (IllegalArgumentException | fr.normandie.ecoles.kernel.NotFound e) {
            id = null;
            NotFound.answer();
        }
    }

    /** Reads the school's reports through the modules, which answer another carrier's school as missing. */
    private void load() {
        results = reports.ofSchool(user.caller(), id);
        grants = useReports.ofSchool(user.caller(), id);
        school = schools.find(id).orElseThrow();
    }

    public boolean isChosen() {
        return id != null;
    }

    /** The schools of the carrier, to choose from. */
    public List<School> getSchools() {
        return schools.all().stream().filter(s -> user.caller().sees(s.carrierId())).toList();
    }

    public School getSchool() {
        if (school == null && id != null) {
            load();
        }
        return school;
    }

    public List<ResultsReport> getResults() {
        if (results == null && id != null) {
            load();
        }
        return results;
    }

    public List<UseOfGrantReports.ReportableGrant> getGrants() {
        if (grants == null && id != null) {
            load();
        }
        return grants;
    }

    /** Whether the school may still correct what it filed: the Region has not validated it. */
    public boolean correctable(ReportState state) {
        return state != ReportState.VALIDATED;
    }

    /** Fills the results form with a year filed before, to correct it. */
    public void correct(ResultsReport report) {
        fill(report.results());
        version = report.version();
    }

    /** Files the year's results for the Region to validate. */
    @Override
    public String record() {
        if (!send(sent -> reports.submit(user.caller(), id, sent, version))) {
            return null;
        }
        FormErrors.info(Texts.get("reports.results.submitted", getSchoolYear() + "-" + (getSchoolYear() + 1)));
        return self();
    }

    /** Fills the use-of-grant form with a report filed before, to correct it. */
    public void correctUse(UseOfGrantReport report) {
        grant = report.grant();
        year = report.year();
        staff = report.staff();
        supplies = report.supplies();
        equipment = report.equipment();
        premises = report.premises();
        other = report.other();
        summary = report.summary();
        useVersion = report.version();
    }

    /** Files the use-of-grant report for the Region to validate. */
    public String fileUse() {
        if (grant == null) {
            FormErrors.field(USE_FORM, "grant", Texts.get("reports.use.chooseGrant"));
            return null;
        }
        return FormErrors.submit(USE_FORM, () -> useReports.file(user.caller(), GrantId.parse(grant),
                        new UseOfGrantForm(year, staff, supplies, equipment, premises, other, summary), useVersion))
                .map(r -> {
                    FormErrors.info(Texts.get("reports.use.submitted", String.valueOf(r.year())));
                    return self();
                }).orElse(null);
    }

    private String self() {
        return "/carrier/reports.xhtml?faces-redirect=true&school=" + id;
    }

    public String getId() { return id == null ? null : id.toString(); }
    public Long getVersion() { return version; }
    public String getGrant() { return grant; }
    public void setGrant(String grant) { this.grant = grant; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getStaff() { return staff; }
    public void setStaff(BigDecimal staff) { this.staff = staff; }
    public BigDecimal getSupplies() { return supplies; }
    public void setSupplies(BigDecimal supplies) { this.supplies = supplies; }
    public BigDecimal getEquipment() { return equipment; }
    public void setEquipment(BigDecimal equipment) { this.equipment = equipment; }
    public BigDecimal getPremises() { return premises; }
    public void setPremises(BigDecimal premises) { this.premises = premises; }
    public BigDecimal getOther() { return other; }
    public void setOther(BigDecimal other) { this.other = other; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
