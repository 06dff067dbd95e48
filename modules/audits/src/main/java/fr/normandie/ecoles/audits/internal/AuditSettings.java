package fr.normandie.ecoles.audits.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;

/**
 * The label's delays, from configuration (ISO-8601 periods): how long a school has to correct a major
 * and a minor non-conformity, how often a labelled school is audited again and how long before a
 * re-audit falls due the auditors are told.
 */
@ApplicationScoped
public class AuditSettings {

    @Inject
    @ConfigProperty(name = "audits.major-action-delay", defaultValue = "P3M")
    Period majorActionDelay;

    @Inject
    @ConfigProperty(name = "audits.minor-action-delay", defaultValue = "P6M")
    Period minorActionDelay;

    @Inject
    @ConfigProperty(name = "audits.renewal-interval", defaultValue = "P3Y")
    Period renewalInterval;

    @Inject
    @ConfigProperty(name = "audits.renewal-remind-before", defaultValue = "P3M")
    Period renewalRemindBefore;

    public AuditSettings() {
    }

    /** For tests: the given delays. */
    AuditSettings(Period majorActionDelay, Period minorActionDelay, Period renewalInterval, Period renewalRemindBefore) {
        this.majorActionDelay = majorActionDelay;
        this.minorActionDelay = minorActionDelay;
        this.renewalInterval = renewalInterval;
        this.renewalRemindBefore = renewalRemindBefore;
    }

    static AuditSettings defaults() {
        return new AuditSettings(Period.ofMonths(3), Period.ofMonths(6), Period.ofYears(3), Period.ofMonths(3));
    }

    Period majorActionDelay() {
        return majorActionDelay;
    }

    Period minorActionDelay() {
        return minorActionDelay;
    }

    Period renewalInterval() {
        return renewalInterval;
    }

    Period renewalRemindBefore() {
        return renewalRemindBefore;
    }
}
