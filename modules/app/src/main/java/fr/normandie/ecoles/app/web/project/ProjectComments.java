package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Comment;
import fr.normandie.ecoles.schools.Comments;
import fr.normandie.ecoles.schools.NewComment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The comments on the project's page: the conversation, oldest first, and the box to add one. */
@Named
@ViewScoped
public class ProjectComments implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "comment";

    @Inject
    ProjectPage page;

    @Inject
    Comments comments;

    @Inject
    CurrentUser user;

    private String text;
    private List<Comment> listed;

    public List<Comment> getList() {
        if (listed == null) {
            listed = comments.list(page.projectId(), user.caller());
        }
        return listed;
    }

    /** Everyone who works on projects comments; readers only read. */
    public boolean isAllowed() {
        return user.isProjectReader();
    }

    public String add() {
        return FormErrors.submit(FORM, () -> comments.add(page.projectId(), new NewComment(text), user.caller()))
                .map(added -> {
                    FormErrors.info(Texts.get("comments.added"));
                    return page.reload();
                }).orElse(null);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
