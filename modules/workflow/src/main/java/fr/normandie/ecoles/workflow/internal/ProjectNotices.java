package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells people what happens to a project's steps, by firing a {@link Notice} in the engine command's transaction,
 * once the command has ended ({@link NoticesAfterCommand}): the notifications queue their mails in the same
 * transaction, so a step rolled back tells nobody.
 */
@ApplicationScoped
public class ProjectNotices {

    private static final ZoneId REGION = Clock.REGION;

    @Inject
    Projects projects;

    @Inject
    Event<Notice> events;

    private Consumer<Notice> told;

    public ProjectNotices() {
    }

    /** Outside a container (the process tests): the notices go to {@code told}. */
    ProjectNotices(Projects projects, Consumer<Notice> told) {
        this.projects = projects;
        this.told = told;
    }

    /** Tells the people of a role, or one person when {@code person} is given. */
    void tell(Notice.Kind kind, ProjectId project, Set<Role> roles, Optional<String> person, String what, Date due) {
        NoticesAfterCommand.afterCommand(() -> {
            fire(new Notice(kind, person.isPresent() ? Set.of() : roles,
                    person.map(Set::of).orElse(Set.of()), Set.of(), nameOf(project), what,
                    Optional.ofNullable(due).map(ProjectNotices::day), Notice.projectPage(project.toString())));
        });
    }

    /**
     * Tells a carrier's accounts (issue 16), linking to its submission page; nobody when there is no carrier.
     */
    void tellCarrier(Notice.Kind kind, ProjectId project, Object carrier, String what, Date due) {
        if (!(carrier instanceof String id)) {
            return;
        }
        NoticesAfterCommand.afterCommand(() -> {
            fire(Notice.toCarrier(kind, UUID.fromString(id), nameOf(project), what,
                    due == null ? null : day(due), submissionPage(project)));
        });
    }

    /**
     * Tells the holders of a task: its assignee, else its project's carrier for a carrier's task (never every
     * carrier), else the people of its candidate roles.
     */
    void tellHolders(Notice.Kind kind, ProjectId project, Set<Role> roles, Optional<String> assignee, Object carrier,
                     String what, Date due) {
        if (assignee.isEmpty() && roles.contains(Role.CARRIER)) {
            tellCarrier(kind, project, carrier, what, due);
        } else {
            Set<Role> staff = EnumSet.noneOf(Role.class);
            staff.addAll(roles);
            staff.remove(Role.CARRIER);
            tell(kind, project, staff, assignee, what, due);
        }
    }

    /** The carrier's page of its open submission for the project. */
    static String submissionPage(ProjectId project) {
        return "carrier/submission.xhtml?project=" + project;
    }

    /**
     * Tells about a step's open task (the one whose form key is the step's key): its assignee if it has one, else
     * the people of its candidate groups. Nobody is told when the step has no open task.
     */
    void tellAboutStep(Notice.Kind kind, DelegateExecution execution, String step) {
        ProjectId project = ProjectId.parse(execution.getProcessBusinessKey());
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).initializeFormKeys().list().stream()
                .filter(task -> step.equals(task.getFormKey())).findFirst()
                .ifPresent(task -> tellHolders(kind, project, candidateRoles(tasks.getIdentityLinksForTask(task.getId())),
                        Optional.ofNullable(task.getAssignee()), execution.getVariable(SchoolOpeningProcess.VAR_CARRIER),
                        task.getName(), task.getDueDate()));
    }

    private void fire(Notice notice) {
        if (told != null) {
            told.accept(notice);
        } else {
            events.fire(notice);
        }
    }

    /** The roles of a task's candidate groups. */
    static Set<Role> candidateRoles(Collection<? extends IdentityLink> links) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> Role.ofGroup(link.getGroupId()).ifPresent(roles::add));
        return roles;
    }

    private String nameOf(ProjectId project) {
        return projects.find(project).map(ProjectSummary::name).orElse(project.toString());
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(REGION).toLocalDate();
    }
}
