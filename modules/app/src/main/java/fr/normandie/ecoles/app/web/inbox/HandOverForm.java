package fr.normandie.ecoles.app.web.inbox;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.workflow.HandOver;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Optional;

/**
 * Hands a task of the inbox ({@code ?task=}) to a named colleague with a message. The workflow decides everything
 * (the caller's role, the colleague's, the task still open); a refusal is shown next to its field.
 */
@Named
@ViewScoped
public class HandOverForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "handover";

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    private String taskId;
    private TaskView task;
    private String colleague;
    private String message;

    @PostConstruct
    void open() {
        taskId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("task");
        task = taskId == null ? null : tasks.list(user.caller(), TaskFilter.ALL, 0, Inbox.PAGE).stream()
                .filter(t -> t.id().equals(taskId)).findFirst().orElse(null);
    }

    public String handOver() {
        Optional<String> done = FormErrors.submit(FORM, () -> {
            tasks.handOver(taskId, new HandOver(colleague, message), user.caller());
            return colleague;
        });
        return done.map(to -> {
            FormErrors.info(Texts.get("handOver.done", task == null ? "" : task.projectName(), to.strip()));
            return "/inbox.xhtml?faces-redirect=true";
        }).orElse(null);
    }

    /** The task as the inbox shows it; null when the caller may not see it or it is done. */
    public TaskView getTask() {
        return task;
    }

    public String getColleague() { return colleague; }
    public void setColleague(String colleague) { this.colleague = colleague; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
