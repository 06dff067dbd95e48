package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;
import java.util.List;

/**
 * The comments the Region's people write on a project: internal (commentaires internes), never shown to its carrier,
 * who talks with the Region through the {@link ProjectMessages} instead.
 */
public interface Comments {

    /**
     * Adds the caller's comment (the people who open a project's page: staff, auditors, funding officers,
     * administrators).
     * @throws UnknownProjectException when there is no such project
     */
    Comment add(ProjectId project, NewComment comment, Caller caller);

    /**
     * The project's comments, oldest first (the newest last), for the Region's people.
     *
     * @throws fr.normandie.ecoles.kernel.Forbidden for a carrier's account, which never reads them
     * @throws UnknownProjectException when there is no such project
     */
    List<Comment> list(ProjectId project, Caller caller);
}
