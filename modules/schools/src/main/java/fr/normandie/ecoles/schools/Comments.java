package fr.normandie.ecoles.schools;

import java.util.List;

/** The comments people write on a project. */
public interface Comments {

    /** @throws UnknownProjectException when there is no such project */
    Comment add(ProjectId project, NewComment comment, String author);

    /** The project's comments, oldest first (the newest last). */
    List<Comment> list(ProjectId project);
}
