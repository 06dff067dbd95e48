package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.funding.Budget;
import fr.normandie.ecoles.funding.BudgetChange;
import fr.normandie.ecoles.funding.BudgetForm;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Budgets;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The budgets by year and kind (AE and CP, committed and paid), the history of the year shown ({@code ?year=},
 * by default the current one), and, for an administrator, the form that opens or changes a year's budget.
 */
@Named
@ViewScoped
public class BudgetsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "budget";

    @Inject
    Budgets budgets;

    @Inject
    CurrentUser user;

    private int shownYear;
    private Integer year;
    private BudgetKind kind = BudgetKind.OPERATING;
    private BigDecimal commitmentAuthorisations;
    private BigDecimal paymentCredits;

    @PostConstruct
    void open() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("year");
        shownYear = asked != null && asked.matches("\\d{4}") ? Integer.parseInt(asked) : LocalDate.now(Clock.REGION).getYear();
        year = shownYear;
    }

    public List<Budget> getBudgets() {
        return budgets.all();
    }

    public List<BudgetChange> getHistory() {
        return budgets.history(shownYear);
    }

    public BudgetKind[] getKinds() {
        return BudgetKind.values();
    }

    /** Opens or changes a year's budget of a kind; the module checks the caller is an administrator. */
    public String set() {
        return FormErrors.submit(FORM, () -> {
            if (year == null) {
                throw new InvalidInputException("year", Texts.get("envelopes.yearRequired"));
            }
            return budgets.set(year, kind, new BudgetForm(commitmentAuthorisations, paymentCredits), user.caller());
        }).map(budget -> {
            FormErrors.info(Texts.get("budgets.saved", String.valueOf(year)));
            return "/funding/budgets.xhtml?faces-redirect=true&year=" + year;
        }).orElse(null);
    }

    public int getShownYear() { return shownYear; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BudgetKind getKind() { return kind; }
    public void setKind(BudgetKind kind) { this.kind = kind; }
    public BigDecimal getCommitmentAuthorisations() { return commitmentAuthorisations; }
    public void setCommitmentAuthorisations(BigDecimal amount) { this.commitmentAuthorisations = amount; }
    public BigDecimal getPaymentCredits() { return paymentCredits; }
    public void setPaymentCredits(BigDecimal amount) { this.paymentCredits = amount; }
}
