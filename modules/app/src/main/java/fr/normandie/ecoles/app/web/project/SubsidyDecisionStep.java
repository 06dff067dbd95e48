package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Step 5: the Region's subsidy decision, as the funding module takes it today. The funding officer's
 * screen with the envelope's remaining amount replaces this form with the funding module's own.
 */
@Named
@ViewScoped
public class SubsidyDecisionStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;

    private SubsidyDecision decision;
    private BigDecimal investmentGranted;
    private BigDecimal operatingGranted;
    private String deliberation;

    @Override
    public Object form() {
        // the minimal form: requested and eligible amounts, schedule and co-financers have no screen yet
        return new SubsidyDecisionForm(decision, null, null, deliberation, null, null, investmentGranted, null, null,
                null, null, operatingGranted, null, null, null, null);
    }

    public SubsidyDecision[] getDecisions() {
        return SubsidyDecision.values();
    }

    public SubsidyDecision getDecision() { return decision; }
    public void setDecision(SubsidyDecision decision) { this.decision = decision; }
    public BigDecimal getInvestmentGranted() { return investmentGranted; }
    public void setInvestmentGranted(BigDecimal investmentGranted) { this.investmentGranted = investmentGranted; }
    public BigDecimal getOperatingGranted() { return operatingGranted; }
    public void setOperatingGranted(BigDecimal operatingGranted) { this.operatingGranted = operatingGranted; }
    public String getDeliberation() { return deliberation; }
    public void setDeliberation(String deliberation) { this.deliberation = deliberation; }
}
