package fr.normandie.ecoles.app.web.submission;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.StepPages;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.CompletionRequest;
import fr.normandie.ecoles.schools.FileSubmissions;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.SubmissionForm;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskConflictException;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskNotFoundException;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import fr.normandie.ecoles.kernel.Conflict;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /carrier/submission.xhtml?project=<id>}: the carrier's open submission for one of its projects. Another
 * carrier's project, or no project, is answered as not found, like a project that does not exist.
 */
@Named
@ViewScoped
public class SubmissionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "submission";

    @Inject
    CurrentUser user;

    @Inject
    Projects projects;

    @Inject
    Tasks tasks;

    @Inject
    Steps steps;

    @Inject
    FileSubmissions submissions;

    private String id;
    private ProjectSummary project;
    private TaskView task;
    private CompletionRequest request;
    private String comment;

    @PostConstruct
    void open() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("project");
        ProjectId projectId;
        try {
            projectId = ProjectId.parse(id);
        } catch (UnknownProjectException e) {
            NotFound.answer();
            return;
        }
        project = projects.find(projectId).filter(found -> user.caller().sees(found.carrierId())).orElse(null);
        if (project == null) {
            NotFound.answer();
            return;
        }
        List<TaskView> open = tasks.list(user.caller(), new TaskFilter(null, null, id), 0, 10);
        task = open.stream().filter(t -> steps.ofKey(t.step()).map(Step::role).filter(Role.CARRIER::equals).isPresent())
                .findFirst().orElse(null);
        request = task == null ? null : submissions.openRequest(projectId).orElse(null);
    }

    /** Submits the step's file with the comment; the staff step opens on it. */
    public String submit() {
        if (task == null) {
            FormErrors.global(Texts.get("submission.none"));
            return null;
        }
        return FormErrors.submit(FORM, () -> {
            try {
                return tasks.complete(task.id(), user.caller(), new SubmissionForm(comment));
            } catch (TaskConflictException | TaskNotFoundException e) {
                throw new Conflict(Texts.get("submission.conflict"));
            }
        }).map(done -> {
            FormErrors.info(Texts.get("submission.done", task.stepLabel()));
            return "/carrier/submission.xhtml?faces-redirect=true&project=" + id;
        }).orElse(null);
    }

    public boolean isFound() {
        return project != null;
    }

    public ProjectSummary getProject() {
        return project;
    }

    public TaskView getTask() {
        return task;
    }

    public CompletionRequest getRequest() {
        return request;
    }

    /** The submission step's own template (its fields), by the task's key. */
    public String getStepFormPage() {
        return StepPages.template(task.step());
    }

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
