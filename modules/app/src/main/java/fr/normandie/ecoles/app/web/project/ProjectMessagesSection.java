package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.app.web.messages.MessageThread;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.NewMessage;
import fr.normandie.ecoles.schools.ProjectMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * "Messages avec le porteur" on the project's page (issue 16): the thread the carrier reads too, told apart from the
 * internal comments ({@link ProjectComments}); staff and administrators answer, the other roles read.
 */
@Named("projectMessages")
@ViewScoped
public class ProjectMessagesSection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "message";

    @Inject
    ProjectPage page;

    @Inject
    ProjectMessages messages;

    @Inject
    CurrentUser user;

    private MessageThread thread;
    private String text;

    public MessageThread getThread() {
        if (thread == null) {
            thread = MessageThread.open(messages, page.projectId(), user.caller());
        }
        return thread;
    }

    /** Staff and administrators write to the carrier; the others read. */
    public boolean isAllowed() {
        return user.has(Role.STAFF) || user.has(Role.ADMIN);
    }

    public String send() {
        return FormErrors.submit(FORM, () -> messages.write(page.projectId(), new NewMessage(text), user.caller()))
                .map(written -> {
                    FormErrors.info(Texts.get("messages.sent"));
                    return page.reload();
                }).orElse(null);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
