package fr.normandie.ecoles.app.web.messages;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.NewMessage;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectMessages;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.UnknownProjectException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The carrier's page of a project's messages ({@code /carrier/messages.xhtml?project=}): the thread with the Region
 * and the box to write. Another carrier's project, like a missing one, is a page not found.
 */
@Named
@ViewScoped
public class CarrierMessagesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "message";

    @Inject
    ProjectMessages messages;

    @Inject
    Projects projects;

    @Inject
    CurrentUser user;

    private ProjectId project;
    private String projectName;
    private MessageThread thread;
    private String text;

    @PostConstruct
    void open() {
        try {
            project = ProjectId.parse(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("project"));
            thread = MessageThread.open(messages, project, user.caller());
            // the thread answered: the project is the caller's carrier's
            projectName = projects.find(project).map(ProjectSummary::name).orElseThrow();
        } catch (UnknownProjectException e) {
            NotFound.answer();
        }
    }

    public boolean isFound() {
        return thread != null;
    }

    public String send() {
        return FormErrors.submit(FORM, () -> messages.write(project, new NewMessage(text), user.caller()))
                .map(written -> {
                    FormErrors.info(Texts.get("messages.sent"));
                    return "/carrier/messages.xhtml?faces-redirect=true&project=" + project;
                }).orElse(null);
    }

    public MessageThread getThread() { return thread; }
    public String getProjectId() { return String.valueOf(project); }
    public String getProjectName() { return projectName; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
