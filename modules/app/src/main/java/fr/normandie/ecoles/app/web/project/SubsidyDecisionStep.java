package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.CoFinancingProgramme;
import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduleLineForm;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Step 5: the Region's subsidy decision, the funding module's whole form: the standing committee's vote,
 * each line's requested, eligible and granted amounts, how the operating aid is capped, the payment
 * schedule (left empty: the default one), the co-financers and the conditions. As the officer types the
 * amounts, the page shows what the year's envelope will have left once this grant is committed; the
 * funding module checks it again, in the database, when the step is completed.
 */
@Named
@ViewScoped
public class SubsidyDecisionStep implements StepForm, Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ENVELOPE = SubsidyDecisionStep.class.getName() + ".envelope";

    /** A planned payment as typed. */
    public static class ScheduleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private PaymentKind kind;
        private BigDecimal amount;
        private LocalDate dueOn;
        private String condition;

        ScheduleLineForm line() {
            return new ScheduleLineForm(kind, amount, dueOn, condition);
        }

        public PaymentKind getKind() { return kind; }
        public void setKind(PaymentKind kind) { this.kind = kind; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public String getCondition() { return condition; }
        public void setCondition(String condition) { this.condition = condition; }
    }

    /** Another funder as typed. */
    public static class CoFinancerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String funder;
        private CoFinancingProgramme programme;
        private FundedLine line;
        private BigDecimal amount;

        CoFinancing coFinancing() {
            return new CoFinancing(funder, programme, line, amount);
        }

        public String getFunder() { return funder; }
        public void setFunder(String funder) { this.funder = funder; }
        public CoFinancingProgramme getProgramme() { return programme; }
        public void setProgramme(CoFinancingProgramme programme) { this.programme = programme; }
        public FundedLine getLine() { return line; }
        public void setLine(FundedLine line) { this.line = line; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    /**
     * The year's envelope as this decision would leave it: its amount, what other decisions have
     * committed, what remains before and after this grant (euros); {@code exceeded} when it cannot bear it.
     */
    public record EnvelopeView(int year, BigDecimal amount, BigDecimal committed, BigDecimal remaining,
                               BigDecimal thisGrant, BigDecimal remainingAfter, boolean exceeded) {
    }

    @Inject
    Envelopes envelopes;

    private SubsidyDecision decision;
    private Integer envelopeYear = LocalDate.now(Clock.REGION).getYear();
    private LocalDate votedOn;
    private String deliberation;
    private BigDecimal investmentRequested;
    private BigDecimal investmentEligible;
    private BigDecimal investmentGranted;
    private BigDecimal operatingRequested;
    private BigDecimal operatingEligible;
    private BigDecimal operatingGranted;
    private OperatingBasis operatingBasis = OperatingBasis.BUDGET_SHARE;
    private Integer pupils;
    private final List<ScheduleRow> schedule = new ArrayList<>();
    private final List<CoFinancerRow> coFinancers = new ArrayList<>();
    private FundedLine[] regionalPicLines = new FundedLine[0];
    private String conditions;
    private String justification;

    @Override
    public Object form() {
        return new SubsidyDecisionForm(decision, envelopeYear, votedOn, deliberation, investmentRequested,
                investmentEligible, investmentGranted, operatingRequested, operatingEligible, operatingBasis, pupils,
                operatingGranted, schedule.stream().map(ScheduleRow::line).toList(),
                coFinancers.stream().map(CoFinancerRow::coFinancing).toList(), Set.of(regionalPicLines), conditions,
                justification);
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    /** What this decision grants on both lines (nothing for a refusal). */
    public BigDecimal getTotalGranted() {
        if (decision == SubsidyDecision.REFUSED) {
            return BigDecimal.ZERO;
        }
        return orZero(investmentGranted).add(orZero(operatingGranted));
    }

    /**
     * The year's envelope with this grant, or null when no envelope is open for the year typed; read once
     * per request, after the amounts typed have reached the form.
     */
    public EnvelopeView getEnvelope() {
        if (envelopeYear == null) {
            return null;
        }
        return (EnvelopeView) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(ENVELOPE,
                key -> envelopes.all().stream().filter(e -> e.year() == envelopeYear).findFirst().map(this::view)
                        .orElse(null));
    }

    private EnvelopeView view(Envelope envelope) {
        BigDecimal grant = getTotalGranted();
        BigDecimal after = envelope.remaining().subtract(grant);
        return new EnvelopeView(envelope.year(), envelope.amount(), envelope.committed(), envelope.remaining(), grant,
                after, after.signum() < 0);
    }

    /** The Region's share of a line, in whole percent, or null while an amount is missing. */
    public Integer share(BigDecimal granted, BigDecimal eligible) {
        if (granted == null || eligible == null || eligible.signum() <= 0) {
            return null;
        }
        return granted.multiply(BigDecimal.valueOf(100)).divide(eligible, 0, RoundingMode.HALF_UP).intValue();
    }

    public void addScheduleLine() {
        schedule.add(new ScheduleRow());
    }

    public void removeScheduleLine(int index) {
        if (index >= 0 && index < schedule.size()) {
            schedule.remove(index);
        }
    }

    public void addCoFinancer() {
        coFinancers.add(new CoFinancerRow());
    }

    public void removeCoFinancer(int index) {
        if (index >= 0 && index < coFinancers.size()) {
            coFinancers.remove(index);
        }
    }

    public boolean isGranting() {
        return decision != SubsidyDecision.REFUSED;
    }

    public SubsidyDecision[] getDecisions() { return SubsidyDecision.values(); }
    public OperatingBasis[] getBases() { return OperatingBasis.values(); }
    public PaymentKind[] getPaymentKinds() { return PaymentKind.values(); }
    public CoFinancingProgramme[] getProgrammes() { return CoFinancingProgramme.values(); }
    public FundedLine[] getLines() { return FundedLine.values(); }

    private static BigDecimal orZero(BigDecimal amount) {
        return Objects.requireNonNullElse(amount, BigDecimal.ZERO);
    }

    public SubsidyDecision getDecision() { return decision; }
    public void setDecision(SubsidyDecision decision) { this.decision = decision; }
    public Integer getEnvelopeYear() { return envelopeYear; }
    public void setEnvelopeYear(Integer envelopeYear) { this.envelopeYear = envelopeYear; }
    public LocalDate getVotedOn() { return votedOn; }
    public void setVotedOn(LocalDate votedOn) { this.votedOn = votedOn; }
    public String getDeliberation() { return deliberation; }
    public void setDeliberation(String deliberation) { this.deliberation = deliberation; }
    public BigDecimal getInvestmentRequested() { return investmentRequested; }
    public void setInvestmentRequested(BigDecimal investmentRequested) { this.investmentRequested = investmentRequested; }
    public BigDecimal getInvestmentEligible() { return investmentEligible; }
    public void setInvestmentEligible(BigDecimal investmentEligible) { this.investmentEligible = investmentEligible; }
    public BigDecimal getInvestmentGranted() { return investmentGranted; }
    public void setInvestmentGranted(BigDecimal investmentGranted) { this.investmentGranted = investmentGranted; }
    public BigDecimal getOperatingRequested() { return operatingRequested; }
    public void setOperatingRequested(BigDecimal operatingRequested) { this.operatingRequested = operatingRequested; }
    public BigDecimal getOperatingEligible() { return operatingEligible; }
    public void setOperatingEligible(BigDecimal operatingEligible) { this.operatingEligible = operatingEligible; }
    public BigDecimal getOperatingGranted() { return operatingGranted; }
    public void setOperatingGranted(BigDecimal operatingGranted) { this.operatingGranted = operatingGranted; }
    public OperatingBasis getOperatingBasis() { return operatingBasis; }
    public void setOperatingBasis(OperatingBasis operatingBasis) { this.operatingBasis = operatingBasis; }
    public Integer getPupils() { return pupils; }
    public void setPupils(Integer pupils) { this.pupils = pupils; }
    public List<ScheduleRow> getSchedule() { return schedule; }
    public List<CoFinancerRow> getCoFinancers() { return coFinancers; }
    public FundedLine[] getRegionalPicLines() { return regionalPicLines.clone(); }
    public void setRegionalPicLines(FundedLine[] regionalPicLines) {
        this.regionalPicLines = regionalPicLines == null ? new FundedLine[0] : regionalPicLines.clone();
    }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
}
