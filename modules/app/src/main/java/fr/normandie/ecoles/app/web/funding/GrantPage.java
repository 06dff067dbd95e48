package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.funding.GrantAgreementForm;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantInstructionForm;
import fr.normandie.ecoles.funding.GrantPaymentForm;
import fr.normandie.ecoles.funding.GrantVoteForm;
import fr.normandie.ecoles.funding.GrantYear;
import fr.normandie.ecoles.funding.InstructionOpinion;
import fr.normandie.ecoles.funding.UnknownGrantException;
import fr.normandie.ecoles.funding.UseReportForm;
import fr.normandie.ecoles.workflow.GrantProcess;
import fr.normandie.ecoles.workflow.GrantView;
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
 * A grant's page ({@code ?id=}): the school's budget, its years, vote, agreement, avenants, payments and use report,
 * its releases and recovery orders, and, for a funding officer, the form of the step it waits at
 * ({@code WEB-INF/steps/grant-*.xhtml}); the instruction and the vote give one amount per year of the grant, each
 * checked and answered next to its year.
 */
@Named
@ViewScoped
public class GrantPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "step";

    @Inject
    GrantProcess process;

    @Inject
    CurrentUser user;

    private GrantView view;
    private InstructionOpinion opinion = InstructionOpinion.FAVOURABLE;
    private YearAmounts amounts = YearAmounts.of(List.of());
    private String note;
    private Boolean granted;
    private LocalDate votedOn;
    private String deliberation;
    private String justification;
    private LocalDate signedOn;
    private String reference;
    private Integer year;
    private BigDecimal amount;
    private LocalDate paidOn;
    private LocalDate receivedOn;
    private BigDecimal spent;
    private Boolean justified;
    private String summary;

    @PostConstruct
    void open() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            view = id == null ? null : process.find(GrantId.parse(id));
        } catch (UnknownGrantException e) {
            view = null;
        }
        if (view != null) {
            amounts = YearAmounts.of(view.grant().years().stream().map(GrantYear::year).toList());
        }
    }

    public boolean isFound() {
        return view != null;
    }

    public GrantView getView() {
        return view;
    }

    /** The template of the step the grant waits at, or null. */
    public String getStepPage() {
        return view == null || view.step() == null ? null : "/WEB-INF/steps/" + view.step() + ".xhtml";
    }

    public List<InstructionOpinion> getOpinions() {
        return List.of(InstructionOpinion.values());
    }

    public String complete() {
        GrantId id = GrantId.parse(view.grant().id());
        return FormErrors.submit(FORM, () -> process.complete(user.caller(), id, view.step(), step -> form(step.key())))
                .map(done -> "/funding/grant.xhtml?faces-redirect=true&id=" + id).orElse(null);
    }

    private Object form(String step) {
        return switch (step) {
            case "grant-instruction" -> new GrantInstructionForm(opinion, amounts.all(), note);
            case "grant-vote" -> new GrantVoteForm(granted, votedOn, deliberation, amounts.all(), justification);
            case "grant-agreement" -> new GrantAgreementForm(signedOn, reference);
            case "grant-use-report" -> new UseReportForm(receivedOn, spent, justified, summary);
            default -> new GrantPaymentForm(year, amount, paidOn, reference);
        };
    }

    public InstructionOpinion getOpinion() { return opinion; }
    public void setOpinion(InstructionOpinion opinion) { this.opinion = opinion; }
    public YearAmounts getAmounts() { return amounts; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Boolean getGranted() { return granted; }
    public void setGranted(Boolean granted) { this.granted = granted; }
    public LocalDate getVotedOn() { return votedOn; }
    public void setVotedOn(LocalDate votedOn) { this.votedOn = votedOn; }
    public String getDeliberation() { return deliberation; }
    public void setDeliberation(String deliberation) { this.deliberation = deliberation; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public BigDecimal getSpent() { return spent; }
    public void setSpent(BigDecimal spent) { this.spent = spent; }
    public Boolean getJustified() { return justified; }
    public void setJustified(Boolean justified) { this.justified = justified; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
