package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.LineAmounts;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.funding.RuleWarning;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A subsidy decision as the standing committee voted it. {@code paid} changes only through the
 * conditional update below: its CHECK constraint keeps it within what was granted.
 */
@Entity
@Table(name = "subsidy_decision", schema = "funding")
@NamedQuery(name = "SubsidyDecisionEntity.pay", query = "update SubsidyDecisionEntity d set d.paid = d.paid + :amount "
        + "where d.id = :id and d.paid + :amount <= d.investmentGranted + d.operatingGranted")
@NamedQuery(name = "SubsidyDecisionEntity.holdUnpaid", query = "update SubsidyDecisionEntity d set d.paid = d.paid "
        + "where d.id = :id and d.paid = 0")
public class SubsidyDecisionEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    private SubsidyDecision decision;
    @Column(name = "envelope_year")
    private Integer envelopeYear;
    @Column(name = "voted_on")
    private LocalDate votedOn;
    private String deliberation;
    @Column(name = "investment_requested")
    private BigDecimal investmentRequested;
    @Column(name = "investment_eligible")
    private BigDecimal investmentEligible;
    @Column(name = "investment_granted")
    private BigDecimal investmentGranted;
    @Column(name = "operating_requested")
    private BigDecimal operatingRequested;
    @Column(name = "operating_eligible")
    private BigDecimal operatingEligible;
    @Column(name = "operating_basis")
    @Enumerated(EnumType.STRING)
    private OperatingBasis operatingBasis;
    private Integer pupils;
    @Column(name = "operating_granted")
    private BigDecimal operatingGranted;
    @Column(name = "investment_regional_pic")
    private boolean investmentRegionalPic;
    @Column(name = "operating_regional_pic")
    private boolean operatingRegionalPic;
    private String conditions;
    private String justification;
    @Column(name = "rule_warnings")
    private String ruleWarnings;
    private BigDecimal paid;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected SubsidyDecisionEntity() {
    }

    SubsidyDecisionEntity(ProjectId project, SubsidyDecisionForm form, List<RuleWarning> warnings, String decidedBy) {
        this(project, form, decidedBy);
        if (!warnings.isEmpty()) {
            this.ruleWarnings = warnings.stream().map(RuleWarning::message).collect(Collectors.joining("\n"));
            this.justification = FreeText.optional(form.justification());
        }
    }

    private SubsidyDecisionEntity(ProjectId project, SubsidyDecisionForm form, String decidedBy) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.decision = form.decision();
        this.envelopeYear = form.envelopeYear();
        this.votedOn = form.votedOn();
        this.deliberation = FreeText.optional(form.deliberation());
        this.investmentRequested = form.investmentRequested();
        this.investmentEligible = form.investmentEligible();
        this.investmentGranted = form.investmentGranted();
        this.operatingRequested = form.operatingRequested();
        this.operatingEligible = form.operatingEligible();
        this.operatingBasis = form.operatingBasis();
        this.pupils = form.pupils();
        this.operatingGranted = form.operatingGranted();
        this.investmentRegionalPic = form.regionalPicLines().contains(FundedLine.INVESTMENT);
        this.operatingRegionalPic = form.regionalPicLines().contains(FundedLine.OPERATION);
        this.conditions = FreeText.optional(form.conditions());
        this.paid = Euros.cents(BigDecimal.ZERO);
        this.decidedBy = decidedBy;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    SubsidyId id() {
        return new SubsidyId(id);
    }

    ProjectId projectId() {
        return new ProjectId(projectId);
    }

    SubsidyDecision decision() {
        return decision;
    }

    boolean granted() {
        return decision == SubsidyDecision.GRANTED;
    }

    Integer envelopeYear() {
        return envelopeYear;
    }

    LocalDate votedOn() {
        return votedOn;
    }

    String deliberation() {
        return deliberation;
    }

    BigDecimal investmentGranted() {
        return investmentGranted;
    }

    BigDecimal operatingGranted() {
        return operatingGranted;
    }

    BigDecimal totalGranted() {
        return investmentGranted.add(operatingGranted);
    }

    BigDecimal paid() {
        return paid;
    }

    BigDecimal toPay() {
        return totalGranted().subtract(paid);
    }

    LineAmounts investment() {
        return new LineAmounts(investmentRequested, investmentEligible, investmentGranted,
                share(investmentGranted, investmentEligible));
    }

    LineAmounts operating() {
        return new LineAmounts(operatingRequested, operatingEligible, operatingGranted,
                share(operatingGranted, operatingEligible));
    }

    OperatingBasis operatingBasis() {
        return operatingBasis;
    }

    Integer pupils() {
        return pupils;
    }

    Set<FundedLine> regionalPicLines() {
        Set<FundedLine> lines = EnumSet.noneOf(FundedLine.class);
        if (investmentRegionalPic) {
            lines.add(FundedLine.INVESTMENT);
        }
        if (operatingRegionalPic) {
            lines.add(FundedLine.OPERATION);
        }
        return lines;
    }

    /** The rules of thumb the grant departs from, one message each, as the committee read them. */
    List<String> ruleWarnings() {
        return ruleWarnings == null ? List.of() : List.of(ruleWarnings.split("\n"));
    }

    String justification() {
        return justification;
    }

    String conditions() {
        return conditions;
    }

    String decidedBy() {
        return decidedBy;
    }

    LocalDateTime recordedAt() {
        return recordedAt;
    }

    private static BigDecimal share(BigDecimal granted, BigDecimal eligible) {
        return eligible == null || eligible.signum() == 0 ? null : granted.divide(eligible, 4, RoundingMode.HALF_UP);
    }
}
