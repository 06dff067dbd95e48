package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantLapses;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.time.ZoneId;
import java.util.Date;
import java.util.logging.Logger;

/**
 * The delegates of a grant's agreement left unsigned ({@code BoundaryEvent_AgreementLapsed} of
 * {@code school-grant.bpmn}): when its timer falls due (the end of the agreement's last day to be signed, which the
 * funding module computes from the vote) and what it does then (the grant lapses, its commitments are released).
 */
@Named("grantAgreementLapse")
@ApplicationScoped
public class GrantAgreementLapse {

    private static final Logger LOG = Logger.getLogger(GrantAgreementLapse.class.getName());
    private static final ZoneId REGION = Clock.REGION;

    @Inject
    GrantLapses lapses;

    public GrantAgreementLapse() {
    }

    GrantAgreementLapse(GrantLapses lapses) {
        this.lapses = lapses;
    }

    /** The timer's due date: the agreement may be signed until the evening of its last day. */
    public Date dueAt(DelegateExecution execution) {
        return Date.from(lapses.lastDayToSign(grant(execution)).plusDays(1).atStartOfDay(REGION).toInstant());
    }

    /** The agreement was not signed in time: the grant lapses in the timer job's transaction. */
    public void lapse(DelegateExecution execution) {
        GrantId grant = grant(execution);
        if (lapses.lapse(grant)) {
            LOG.info(() -> "Subvention " + grant + " caduque : convention non signée dans le délai.");
        }
    }

    private static GrantId grant(DelegateExecution execution) {
        return GrantId.parse(execution.getProcessBusinessKey());
    }
}
