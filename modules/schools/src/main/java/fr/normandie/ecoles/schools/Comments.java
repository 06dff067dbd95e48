package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;
import java.util.List;

/** The comments people write on a project. */
public interface Comments {

    /**
     * Adds the caller's comment (the people who open a project's page: staff, auditors, funding officers,
     * administrators).
     * @throws UnknownProjectException when there is no such project
     */
    Comment add(ProjectId project, NewComment comment, Caller caller);

    /** The project's comments, oldest first (the newest last). */
    List<Comment> list(ProjectId project);
}
