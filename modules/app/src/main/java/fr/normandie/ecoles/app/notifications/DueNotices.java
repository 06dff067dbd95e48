package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.audits.DueActions;
import fr.normandie.ecoles.funding.DuePayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Period;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.ToIntFunction;

/**
 * The check of what falls due within {@code notifications.due-notice-lead} (issue 15): the corrective actions
 * (audits) and the scheduled payments (funding), each module telling of its own rows once, whichever node checks
 * first. {@link OutboxWorker} runs it every {@code notifications.due-check-interval}, outside any engine command.
 */
@ApplicationScoped
public class DueNotices {

    private static final Logger LOG = Logger.getLogger(DueNotices.class.getName());

    @Inject
    DueActions actions;

    @Inject
    DuePayments payments;

    @Inject
    @ConfigProperty(name = "notifications.due-notice-lead", defaultValue = "P7D")
    Period lead;

    /** One check; a failure of one module's check is logged and leaves the other's (and the next round) alone. */
    void check() {
        Period ahead = lead.isNegative() ? Period.ZERO : lead;
        tell("actions correctives", actions::tellFallingDue, ahead);
        tell("versements", payments::tellFallingDue, ahead);
    }

    private static void tell(String what, ToIntFunction<Period> check, Period ahead) {
        try {
            int told = check.applyAsInt(ahead);
            if (told > 0) {
                LOG.info(() -> "Échéances annoncées (" + what + ") : " + told);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Annonce des échéances (" + what + ") interrompue, reprise au prochain passage",
                    failure);
        }
    }
}
