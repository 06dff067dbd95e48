package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.funding.PaymentForm;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.funding.SubsidyPayments;
import fr.normandie.ecoles.funding.UnknownSubsidyException;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A subsidy decision ({@code ?id=}): its lines and shares, the vote, the co-financers, the schedule with
 * what is paid and left to pay on each line, the payments made, the letter; and, for a funding officer,
 * the form that records a payment against a line of the schedule.
 */
@Named
@ViewScoped
public class SubsidyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "payment";

    @Inject
    SubsidyDecisions decisions;

    @Inject
    SubsidyPayments payments;

    @Inject
    CurrentUser user;

    private String id;
    private transient Subsidy subsidy;
    private Integer line;
    private BigDecimal amount;
    private LocalDate paidOn = LocalDate.now(Clock.REGION);
    private String reference;
    private String supportingDocuments;

    @PostConstruct
    void open() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            subsidy = decisions.find(SubsidyId.parse(id));
        } catch (UnknownSubsidyException e) {
            NotFound.answer();
            return;
        }
        subsidy.schedule().stream().filter(l -> l.toPay().signum() > 0).findFirst().ifPresent(next -> {
            line = next.line();
            amount = next.toPay();
        });
    }

    /** The decision as stored now (read again after the view was restored). */
    public Subsidy getSubsidy() {
        if (subsidy == null && id != null) {
            subsidy = decisions.find(SubsidyId.parse(id));
        }
        return subsidy;
    }

    public boolean isFound() {
        return subsidy != null;
    }

    /** Funding officers record payments on a granted subsidy with something left to pay. */
    public boolean isPayable() {
        return user.isFunding() && getSubsidy().decision() == SubsidyDecision.GRANTED
                && getSubsidy().toPay().signum() > 0;
    }

    public String pay() {
        return FormErrors.submit(FORM, () -> payments.record(SubsidyId.parse(id),
                new PaymentForm(line, amount, paidOn, reference, supportingDocuments), user.caller()))
                .map(payment -> {
                    FormErrors.info(Texts.get("payments.recorded", payment.reference()));
                    return "/funding/subsidy.xhtml?faces-redirect=true&id=" + id;
                }).orElse(null);
    }


    public String getId() { return id; }
    public Integer getLine() { return line; }
    public void setLine(Integer line) { this.line = line; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getSupportingDocuments() { return supportingDocuments; }
    public void setSupportingDocuments(String supportingDocuments) { this.supportingDocuments = supportingDocuments; }
}
