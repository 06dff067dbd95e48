package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.RuleMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/**
 * The funding rules as configured (MicroProfile Config, see microprofile-config-properties); the
 * defaults are the Region's 2019 policy. A setting out of range stops the application at start-up.
 */
@ApplicationScoped
public class FundingSettings {

    @Inject
    @ConfigProperty(name = "funding.share.operating.max", defaultValue = "0.33")
    BigDecimal operatingMaxShare;

    @Inject
    @ConfigProperty(name = "funding.share.operating.per-pupil", defaultValue = "5000")
    BigDecimal perPupilAid;

    @Inject
    @ConfigProperty(name = "funding.share.investment.min", defaultValue = "0")
    BigDecimal investmentMinShare;

    @Inject
    @ConfigProperty(name = "funding.share.investment.max", defaultValue = "0.50")
    BigDecimal investmentMaxShare;

    @Inject
    @ConfigProperty(name = "funding.advance.max", defaultValue = "0.30")
    BigDecimal advanceMaxShare;

    @Inject
    @ConfigProperty(name = "funding.schedule.balance", defaultValue = "0.20")
    BigDecimal balanceShare;

    @Inject
    @ConfigProperty(name = "funding.schedule.instalments", defaultValue = "1")
    int instalments;

    @Inject
    @ConfigProperty(name = "funding.schedule.interval", defaultValue = "P6M")
    String interval;

    /** Above this yearly amount a grant needs a written agreement (décret 2001-495, art. 1: 23,000 €). */
    @Inject
    @ConfigProperty(name = "funding.agreement.threshold", defaultValue = "23000")
    BigDecimal agreementThreshold;

    @Inject
    @ConfigProperty(name = "funding.rule.operating-share.mode", defaultValue = "WARN")
    RuleMode operatingShareMode;

    @Inject
    @ConfigProperty(name = "funding.rule.per-pupil.mode", defaultValue = "WARN")
    RuleMode perPupilMode;

    @Inject
    @ConfigProperty(name = "funding.rule.investment-share.mode", defaultValue = "WARN")
    RuleMode investmentShareMode;

    @Inject
    @ConfigProperty(name = "funding.budget-line.investment", defaultValue = "20422")
    String investmentLine;

    @Inject
    @ConfigProperty(name = "funding.budget-line.operating", defaultValue = "6574")
    String operatingLine;

    /** How long a voted grant's agreement may wait for its signatures before the grant lapses (caducité). */
    @Inject
    @ConfigProperty(name = "funding.agreement.signature-delay", defaultValue = "P6M")
    String signatureDelay;

    private ShareRules shares;
    private ScheduleRules schedules;
    private Period agreementSignatureDelay;

    @PostConstruct
    void readRules() {
        shares = new ShareRules(operatingMaxShare, investmentMinShare, investmentMaxShare, perPupilAid);
        schedules = new ScheduleRules(advanceMaxShare, balanceShare, instalments, Period.parse(interval));
        agreementSignatureDelay = Period.parse(signatureDelay);
        if (agreementSignatureDelay.isNegative() || agreementSignatureDelay.isZero()) {
            throw new IllegalStateException("funding.agreement.signature-delay must be a positive period: " + signatureDelay);
        }
    }

    /** How long after its vote a grant's agreement may still be signed. */
    Period agreementSignatureDelay() {
        return agreementSignatureDelay;
    }

    ShareRules shares() {
        return shares;
    }

    /** How a share rule applies: it warns (a justification lets the grant through) or refuses. */
    RuleMode mode(ShareRule rule) {
        return switch (rule) {
            case OPERATING_SHARE -> operatingShareMode;
            case PER_PUPIL -> perPupilMode;
            case INVESTMENT_SHARE -> investmentShareMode;
        };
    }

    /** Whether a breach only warns: a share rule in the WARN mode (other rules always refuse). */
    boolean warnsOnly(Breach breach) {
        return breach.rule() != null && mode(breach.rule()) == RuleMode.WARN;
    }

    /** The line of the Region's accounts a kind of aid is charged to (M57: 20422 equipment, 6574 operating). */
    String budgetLine(BudgetKind kind) {
        return kind == BudgetKind.INVESTMENT ? investmentLine : operatingLine;
    }

    ScheduleRules schedules() {
        return schedules;
    }

    /** The share of a school's grant held back as its balance until its use report. */
    BigDecimal balanceShare() {
        return balanceShare;
    }

    BigDecimal agreementThreshold() {
        return agreementThreshold;
    }

    /** Whether a grant of these yearly amounts needs an agreement: one year above the threshold is enough. */
    boolean agreementRequired(List<BigDecimal> yearlyAmounts) {
        return yearlyAmounts.stream().anyMatch(amount -> amount.compareTo(agreementThreshold) > 0);
    }
}
