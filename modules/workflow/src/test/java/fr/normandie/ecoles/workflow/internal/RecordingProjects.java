package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectChange;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.StepCompletion;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake register of projects for process tests: it records what the process's delegates tell it
 * (opened, closed with a reason, reminded at a step). What the process never calls is unsupported.
 */
class RecordingProjects implements Projects {

    record Closed(ProjectId project, String reason) {
    }

    record Reminder(ProjectId project, String step) {
    }

    private final List<ProjectId> opened = new CopyOnWriteArrayList<>();
    private final List<Closed> closed = new CopyOnWriteArrayList<>();
    private final List<Reminder> reminders = new CopyOnWriteArrayList<>();

    List<ProjectId> opened() {
        return List.copyOf(opened);
    }

    List<Closed> closed() {
        return List.copyOf(closed);
    }

    List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    void forget() {
        opened.clear();
        closed.clear();
        reminders.clear();
    }

    @Override
    public void markOpened(ProjectId id) {
        opened.add(id);
    }

    @Override
    public void markClosed(ProjectId id, String atStep) {
        closed.add(new Closed(id, atStep));
    }

    @Override
    public void recordReminder(ProjectId id, String step) {
        reminders.add(new Reminder(id, step));
    }

    @Override
    public ProjectSummary register(ProjectRegistration registration, Caller caller) {
        throw unexpected();
    }

    @Override
    public Optional<ProjectSummary> find(ProjectId id) {
        return Optional.empty();
    }

    @Override
    public List<ProjectSummary> list(String departmentCode, ProjectStatus status) {
        throw unexpected();
    }

    @Override
    public Optional<ProjectSummary> find(ProjectId id, Caller caller) {
        return Optional.empty();
    }

    @Override
    public List<ProjectSummary> list(String departmentCode, ProjectStatus status, Caller caller) {
        throw unexpected();
    }

    @Override
    public long count(ProjectStatus status) {
        throw unexpected();
    }

    @Override
    public Map<ProjectId, ProjectSummary> summaries(Collection<ProjectId> ids) {
        throw unexpected();
    }

    @Override
    public List<StepCompletion> history(ProjectId id) {
        throw unexpected();
    }

    @Override
    public void requireInProgress(ProjectId id) {
        throw unexpected();
    }

    @Override
    public void recordStep(ProjectId id, String step, String completedBy, String outcome) {
        throw unexpected();
    }

    @Override
    public void abandon(ProjectId id, String reason, Caller caller) {
        throw unexpected();
    }

    @Override
    public List<ProjectChange> edit(ProjectId id, long version, ProjectRegistration registration, Caller caller) {
        throw unexpected();
    }

    @Override
    public void reopenStep(ProjectId id, String step, String reason, Caller caller) {
        throw unexpected();
    }

    private static UnsupportedOperationException unexpected() {
        return new UnsupportedOperationException("the opening process does not call this");
    }
}
