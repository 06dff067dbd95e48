package fr.normandie.ecoles.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * A background job of the engine (a step's reminder, a re-audit timer) whose last run failed. While
 * {@code retriesLeft} is above zero the engine runs it again by itself; at zero it is an incident: it waits
 * for an administrator's retry, and nothing it should have done has happened.
 *
 * @param id          the job, as {@link FailedJobs#retry(String)} takes it
 * @param process     the process's name, as the BPMN file gives it
 * @param activity    the step of the process that failed, by its name in the BPMN file
 * @param project     the project (or school's project) the process belongs to, when it is still running
 * @param error       the failure's message
 * @param retriesLeft how many more times the engine tries by itself
 * @param due         when the job was due
 */
public record FailedJob(String id, String process, String activity, Optional<String> project, String error,
                        int retriesLeft, Instant due) {

    /** No retry left: only an administrator's retry runs it again. */
    public boolean incident() {
        return retriesLeft == 0;
    }
}
