package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.funding.GrantSummary;
import fr.normandie.ecoles.funding.Grants;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.workflow.GrantProcess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The funding officer's grants: those to instruct or vote, the agreements to sign, the payments due this month,
 * every grant; and the form that records an open school's request (an amount for each of its one to five years,
 * each checked and answered next to its year).
 */
@Named
@ViewScoped
public class GrantsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "grantRequest";

    @Inject
    Grants grants;

    @Inject
    GrantProcess process;

    @Inject
    Schools schools;

    @Inject
    CurrentUser user;

    private String school;
    private GrantKind kind = GrantKind.OPERATING;
    private Integer firstYear = LocalDate.now(Clock.REGION).getYear();
    private final YearAmounts amounts = YearAmounts.ranked(5);
    private BigDecimal expenses;
    private BigDecimal workshopSales;
    private BigDecimal otherFunders;
    private BigDecimal apprenticeshipTax;
    private String purpose;

    private transient List<GrantSummary> all;

    public List<GrantSummary> getToDecide() {
        return getAll().stream()
                .filter(g -> Set.of(GrantStatus.REQUESTED, GrantStatus.INSTRUCTED).contains(g.status())).toList();
    }

    public List<GrantSummary> getAgreements() {
        return getAll().stream().filter(GrantSummary::agreementRequired)
                .filter(g -> g.kind() != GrantKind.OPENING).toList();
    }

    public List<GrantSummary> getDue() {
        return grants.paymentsDue(LocalDate.now(Clock.REGION));
    }

    /** Every grant, read once for the page (recording a request leaves it). */
    public List<GrantSummary> getAll() {
        if (all == null) {
            all = grants.list(null, null);
        }
        return all;
    }

    /** The open schools, which alone may ask. */
    public List<School> getSchools() {
        return schools.all().stream().filter(s -> !s.openedOn().isAfter(LocalDate.now(Clock.REGION))).toList();
    }

    public List<GrantKind> getKinds() {
        return List.of(GrantKind.OPERATING, GrantKind.INVESTMENT);
    }

    public String request() {
        return FormErrors.submit(FORM, () -> process.request(user.caller(), new GrantRequestForm(schoolId(), kind,
                        firstYear, amounts.typed(), expenses, workshopSales, otherFunders, apprenticeshipTax, purpose)))
                .map(view -> "/funding/grant.xhtml?faces-redirect=true&id=" + view.grant().id()).orElse(null);
    }

    /** The school chosen, null when none is (the form then says the school is mandatory). */
    private UUID schoolId() {
        try {
            return school == null || school.isBlank() ? null : UUID.fromString(school);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public GrantKind getKind() { return kind; }
    public void setKind(GrantKind kind) { this.kind = kind; }
    public Integer getFirstYear() { return firstYear; }
    public void setFirstYear(Integer firstYear) { this.firstYear = firstYear; }
    public YearAmounts getAmounts() { return amounts; }
    public BigDecimal getExpenses() { return expenses; }
    public void setExpenses(BigDecimal expenses) { this.expenses = expenses; }
    public BigDecimal getWorkshopSales() { return workshopSales; }
    public void setWorkshopSales(BigDecimal workshopSales) { this.workshopSales = workshopSales; }
    public BigDecimal getOtherFunders() { return otherFunders; }
    public void setOtherFunders(BigDecimal otherFunders) { this.otherFunders = otherFunders; }
    public BigDecimal getApprenticeshipTax() { return apprenticeshipTax; }
    public void setApprenticeshipTax(BigDecimal apprenticeshipTax) { this.apprenticeshipTax = apprenticeshipTax; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
}
