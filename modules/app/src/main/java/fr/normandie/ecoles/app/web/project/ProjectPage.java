package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.StepPages;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.AuditStep;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Conflict;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.ProjectFileView;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectJournal;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.StepCompletion;
import fr.normandie.ecoles.schools.Territory;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.schools.TimelineKind;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskConflictException;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskNotFoundException;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's page: its file, its process, its timeline, and the work the person may do on it now.
 * The project is named by the address ({@code ?id=}); it is read as the view is built, since the step
 * form included depends on it.
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STEP_FORM = "step";
    private static final Set<TimelineKind> CORRECTIONS = Set.of(TimelineKind.PROJECT_EDITED, TimelineKind.STEP_REOPENED);

    /** A step of the process as the overview lists it. */
    public record StepState(Step step, boolean done, boolean current) {
    }

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Steps steps;

    @Inject
    ProjectFile projectFile;

    @Inject
    Tasks tasks;

    @Inject
    Territory territory;

    @Inject
    CurrentUser user;

    @Inject
    Coverage coverage;

    @Inject
    ProjectJournal journal;

    private String id;
    private ProjectView view;
    private ProjectFileView file;
    private TaskView task;
    private String abandonReason;
    /** Read once for the view, which a change of the project replaces (post-redirect-get). */
    private LocalDate expectedOpening;
    private boolean expectedOpeningRead;
    private List<TimelineEntry> corrections;

    @PostConstruct
    void open() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            load();
        } catch (UnknownProjectException e) {
            NotFound.answer();
        }
    }

    private void load() {
        ProjectId projectId = ProjectId.parse(id);
        view = lifecycle.find(projectId).orElseThrow(() -> new UnknownProjectException(id));
        file = projectFile.read(projectId).orElseThrow(() -> new UnknownProjectException(id));
        task = tasks.list(user.caller(), new TaskFilter(null, null, id), 0, 1).stream().findFirst().orElse(null);
    }

    /** Completes the step with what the person typed; errors are shown next to their fields. */
    public String complete(StepForm form) {
        return attempt(() -> tasks.complete(task.id(), user.caller(), form.form()), "project.stepDone",
                task == null ? "" : task.stepLabel());
    }

    public String claim() {
        return attempt(() -> tasks.claim(task.id(), user.caller()), "project.claimed", task.stepLabel());
    }

    public String release() {
        return attempt(() -> tasks.unclaim(task.id(), user.caller()), "project.released", task.stepLabel());
    }

    public String abandon() {
        return FormErrors.submit("abandon", () -> lifecycle.abandon(view.project().id(), abandonReason, user.caller()))
                .map(abandoned -> {
                    FormErrors.info(Texts.get("project.abandoned"));
                    return reload();
                }).orElse(null);
    }

    /**
     * Runs an action on the project's task. What the person typed stays in the form when it is refused;
     * a task that someone else completed or took meanwhile is said so plainly.
     */
    private String attempt(Runnable action, String done, String stepLabel) {
        if (task == null) {
            FormErrors.global(Texts.get("project.noTask"));
            return null;
        }
        return FormErrors.submit(STEP_FORM, () -> {
            runOnTask(action);
            return done;
        }).map(ok -> {
            FormErrors.info(Texts.get(done, stepLabel));
            return reload();
        }).orElse(null);
    }

    /** A task that someone else completed or took meanwhile is said so plainly, with what to do next. */
    private static void runOnTask(Runnable action) {
        try {
            action.run();
        } catch (TaskConflictException | TaskNotFoundException e) {
            throw new Conflict(Texts.get("project.conflict", e.getMessage()));
        }
    }

    /** Shows the page afresh (post-redirect-get): the step moved, so does the form. */
    String reload() {
        return "/projects/view.xhtml?faces-redirect=true&id=" + id;
    }


    /** When the project in progress is expected to open, as coverage projects it today; null once it ended. */
    public LocalDate getExpectedOpening() {
        if (!expectedOpeningRead) {
            expectedOpening = coverage.expectedOpening(view.project().id(), LocalDate.now(Clock.REGION)).orElse(null);
            expectedOpeningRead = true;
        }
        return expectedOpening;
    }

    /** The edits of the registration and the steps reopened, oldest first, as the timeline says them. */
    public List<TimelineEntry> getCorrections() {
        if (corrections == null) {
            corrections = journal.entries(view.project().id(), this::stepLabel).stream()
                    .filter(entry -> CORRECTIONS.contains(entry.kind())).toList();
        }
        return corrections;
    }

    public boolean isFound() {
        return view != null;
    }

    public ProjectView getView() {
        return view;
    }

    /**
     * The steps that kept rounds in the file, in the order of the process: the file shows each with its page
     * template, given the rounds ({@code WEB-INF/steps/<key>.xhtml} with {@code rounds}).
     */
    public List<ProjectFileView.Rounds> getFileRounds() {
        List<String> order = steps.all().stream().map(Step::key).toList();
        return file.steps().stream().filter(kept -> !kept.rounds().isEmpty())
                .sorted(Comparator.comparingInt(kept -> order.indexOf(kept.step()))).toList();
    }

    public ProjectFileView getFile() {
        return file;
    }

    public TaskView getTask() {
        return task;
    }

    public String getDepartmentName() {
        return territory.department(view.project().departmentCode()).map(Department::name)
                .orElse(view.project().departmentCode());
    }

    /** The person holds the task, or may take it: the step's form is theirs to fill. */
    public boolean isFormShown() {
        return task != null && (task.assignee() == null || isHeld());
    }

    public boolean isHeld() {
        return task != null && user.caller().name().equals(task.assignee());
    }

    /** The page of the current step's form, by the step's key. */
    public String getStepFormPage() {
        return StepPages.template(task.step());
    }

    public boolean isAbandonable() {
        return user.isStaff() && view.project().status() == ProjectStatus.IN_PROGRESS;
    }

    /**
     * The steps of the opening process, in order, with those done and those current; the follow-up audit only
     * when it happened, a carrier's submission only while it waits (the label renewals of an open school are not steps of its opening).
     */
    public List<StepState> getSteps() {
        List<String> done = view.history().stream().map(StepCompletion::step).toList();
        return steps.of(Step.Process.OPENING).stream()
                .filter(s -> !isFollowUp(s) || done.contains(s.key()) || view.currentSteps().contains(s.key()))
                // a carrier's submission (issue 16) is no step of the file: listed while the carrier has it
                .filter(s -> s.role() != Role.CARRIER || view.currentSteps().contains(s.key()))
                .map(s -> new StepState(s, done.contains(s.key()), view.currentSteps().contains(s.key())))
                .toList();
    }

    /** The BPMN activities of the steps done, for the diagram: space-separated ids. */
    public String getDoneActivities() {
        return activities(view.history().stream().map(StepCompletion::step).toList());
    }

    public String getCurrentActivities() {
        return activities(view.currentSteps());
    }

    public String stepLabel(String key) {
        return steps.ofKey(key).map(Step::label).orElse(key);
    }

    private static boolean isFollowUp(Step step) {
        return step.handler() instanceof AuditStep audit && audit.kind() == AuditKind.FOLLOW_UP;
    }

    private String activities(List<String> stepKeys) {
        return stepKeys.stream().map(steps::ofKey).flatMap(Optional::stream).map(Step::activityId).distinct()
                .collect(Collectors.joining(" "));
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    public void setAbandonReason(String abandonReason) {
        this.abandonReason = abandonReason;
    }

    public String getId() {
        return id;
    }

    /** The project the page shows (the page answered 404 when the address names none). */
    public ProjectId projectId() {
        return view.project().id();
    }
}
