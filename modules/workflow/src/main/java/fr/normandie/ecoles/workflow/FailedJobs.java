package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Caller;
import java.util.List;

/**
 * What the engine's background work left undone, for the operator: reminders and re-audit timers whose run
 * failed, so that nothing fails silently. Only the engine knows about them; this is its one door for them.
 */
public interface FailedJobs {

    /** Every job whose last run failed, incidents (no retry left) first, then the soonest due. */
    List<FailedJob> list();

    /** How many jobs have no retry left (incidents): what readiness and the metrics report. */
    long incidentCount();

    /**
     * Gives the job one more run, at once (its incident is resolved); the engine's job executor runs it
     * within seconds (administrators). Throws {@link UnknownJobException} when no failed job has that id.
     */
    void retry(String jobId, Caller caller);
}
