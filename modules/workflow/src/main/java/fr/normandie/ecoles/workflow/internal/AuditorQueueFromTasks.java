package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.AuditStep;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.workflow.AuditQueueEntry;
import fr.normandie.ecoles.workflow.AuditQueueEntry.Kind;
import fr.normandie.ecoles.workflow.AuditorQueue;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The auditor's queue, made of the caller's audit tasks and of the re-audits scheduled but not open yet. */
@ApplicationScoped
public class AuditorQueueFromTasks implements AuditorQueue {

    private static final int MAX_TASKS = 500;

    @Inject
    Tasks tasks;

    @Inject
    Clock clock;

    @Inject
    LabelRenewals renewals;

    @Inject
    LabelAudits audits;

    @Inject
    Projects projects;

    @Inject
    Steps steps;

    @Override
    public List<AuditQueueEntry> queue(Caller caller) {
        if (!caller.has(Role.AUDITOR)) {
            throw new StepForbiddenException("La file des audits est réservée aux auditeurs FNEP.");
        }
        LocalDate today = clock.today();
        List<TaskView> auditTasks = tasks.list(caller, TaskFilter.ALL, 0, MAX_TASKS).stream()
                .filter(task -> audit(task.step()).isPresent())
                .toList();
        Step reAudit = reAudit();
        Set<String> reAuditsOpen = auditTasks.stream().filter(t -> t.step().equals(reAudit.key()))
                .map(TaskView::projectId).collect(Collectors.toSet());
        List<ScheduledRenewal> scheduled = renewals.scheduled().stream()
                .filter(renewal -> !reAuditsOpen.contains(renewal.project().toString())).toList();
        Map<ProjectId, ProjectSummary> summaries = projects.summaries(
                scheduled.stream().map(ScheduledRenewal::project).collect(Collectors.toSet()));
        return Stream.concat(
                        auditTasks.stream().map(task -> entry(task, today)),
                        scheduled.stream().filter(r -> summaries.containsKey(r.project()))
                                .map(r -> entry(r, reAudit, summaries.get(r.project()), today)))
                .sorted(Comparator.comparing(AuditQueueEntry::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private AuditQueueEntry entry(TaskView task, LocalDate today) {
        Step step = steps.ofKey(task.step()).orElseThrow();
        LocalDate due = task.due() == null ? null : Clock.dateOf(task.due());
        return new AuditQueueEntry(kind(audit(step.key()).orElseThrow().kind(), task.assignee()), task.projectId(), task.projectName(),
                task.departmentCode(), step.key(), step.label(), task.id(), due, task.assignee(),
                openActions(ProjectId.parse(task.projectId())), due != null && due.isBefore(today));
    }

    private AuditQueueEntry entry(ScheduledRenewal renewal, Step reAudit, ProjectSummary project, LocalDate today) {
        return new AuditQueueEntry(Kind.RE_AUDIT_SCHEDULED, project.id().toString(), project.name(),
                project.departmentCode(), reAudit.key(), reAudit.label(), null,
                renewal.dueOn(), null, openActions(project.id()), renewal.dueOn().isBefore(today));
    }

    private static Kind kind(AuditKind audit, String assignee) {
        if (assignee != null) {
            return Kind.IN_PROGRESS;
        }
        return switch (audit) {
            case LABEL -> Kind.TO_PREPARE;
            case RENEWAL -> Kind.RE_AUDIT_DUE;
            case FOLLOW_UP -> Kind.FOLLOW_UP_DUE;
        };
    }

    /** The audit step of that key, if it is one. */
    private Optional<AuditStep> audit(String stepKey) {
        return steps.ofKey(stepKey).map(Step::handler).filter(AuditStep.class::isInstance).map(AuditStep.class::cast);
    }

    /** The re-audit that a scheduled renewal becomes: the renewal process's audit of a full inspection. */
    private Step reAudit() {
        return steps.of(Step.Process.RENEWAL).stream()
                .filter(step -> step.handler() instanceof AuditStep audit && audit.kind() == AuditKind.RENEWAL)
                .findFirst().orElseThrow();
    }

    private int openActions(ProjectId project) {
        return audits.openActions(project).size();
    }
}
