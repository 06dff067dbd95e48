package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The exchanges about a project's file between its carrier and the Region's staff (issue 16), kept in the
 * project's journal so that they are on its timeline: the carrier's submissions (recorded by the submission
 * steps' handlers) and staff's completion requests. The workflow decides who may ask and routes the process.
 */
public interface FileSubmissions {

    /** The longest comment or request message, in characters. */
    int MAX_TEXT = 2000;

    /**
     * Records a completion request in the caller's transaction.
     *
     * @throws fr.normandie.ecoles.kernel.Rejected without a message, with one too long, or with a deadline missing
     *                                             or before {@code today}
     */
    CompletionRequest requestCompletion(ProjectId project, String step, String message, LocalDate deadline, String by,
                                        LocalDate today);

    /** The latest completion request of the project when the carrier has not submitted since. */
    Optional<CompletionRequest> openRequest(ProjectId project);
}
