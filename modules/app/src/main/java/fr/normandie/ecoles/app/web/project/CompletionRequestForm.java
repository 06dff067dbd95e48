package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.workflow.CompletionAsked;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * « Demander des compléments » on the project's page (issue 16): staff holding a step whose file the carrier
 * submitted online send it back with a message and a deadline. The workflow checks the role and the request again.
 */
@Named
@ViewScoped
public class CompletionRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "completionRequest";

    @Inject
    ProjectPage page;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    private String message;
    private LocalDate deadline;
    private Boolean shown;

    /** The person may fill the step's form, and the carrier filed this step online. */
    public boolean isShown() {
        if (shown == null) {
            shown = page.isFound() && page.isFormShown()
                    && tasks.takesCompletionRequest(page.getTask().id(), user.caller());
        }
        return shown;
    }

    public String request() {
        return FormErrors.submit(FORM, () -> {
            tasks.requestCompletion(page.getTask().id(), new CompletionAsked(message, deadline), user.caller());
            return true;
        }).map(sent -> {
            FormErrors.info(Texts.get("completion.sent"));
            return page.reload();
        }).orElse(null);
    }

    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
