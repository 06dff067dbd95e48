package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.RenewalSchedule;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The delegates of the re-audits: the opening process starts the renewal of a school that opened
 * labelled; the renewal process asks the audits module when the re-audit is due and reports the
 * reminder and the overdue state to it.
 */
@Named("labelRenewalSteps")
@ApplicationScoped
public class LabelRenewalSteps {

    private static final ZoneId REGION = Clock.REGION;

    @Inject
    LabelRenewals renewals;

    @Inject
    ProjectNotices notices;

    public LabelRenewalSteps() {
    }

    LabelRenewalSteps(LabelRenewals renewals, ProjectNotices notices) {
        this.renewals = renewals;
        this.notices = notices;
    }

    /** End listener of the opening: the school opened labelled, its re-audits begin, in the same transaction. */
    public void start(DelegateExecution execution) {
        begin(execution.getProcessEngineServices().getRuntimeService(), execution.getProcessBusinessKey(),
                execution.getVariable(SchoolOpeningProcess.VAR_DEPARTMENT));
    }

    /**
     * Starts the re-audits of the school whose file is the project {@code projectKey}: a school that opened through
     * the workflow, a school older than the software once its label is recorded, a school resumed after a suspension.
     */
    static void begin(RuntimeService runtime, String projectKey, Object departmentCode) {
        runtime.startProcessInstanceByKey(LabelRenewalProcess.KEY, projectKey,
                Map.of(SchoolOpeningProcess.VAR_DEPARTMENT, departmentCode));
    }

    public void schedule(DelegateExecution execution) {
        RenewalSchedule schedule = renewals.schedule(project(execution));
        execution.setVariable(LabelRenewalProcess.VAR_REMIND_AT, startOf(schedule.remindOn()));
        execution.setVariable(LabelRenewalProcess.VAR_DUE_AT, endOf(schedule.dueOn()));
    }

    /** The re-audit approaches: its task opens next, and the auditors are told (the re-audit opening). */
    public void remind(DelegateExecution execution) {
        ProjectId project = project(execution);
        String reAudit = execution.getBpmnModelInstance().getModelElementById(LabelRenewalProcess.RENEWAL_AUDIT)
                .getAttributeValue("name");
        notices.tell(Notice.Kind.REAUDIT_OPENING, project, Set.of(Role.AUDITOR), Optional.empty(), reAudit,
                (Date) execution.getVariable(LabelRenewalProcess.VAR_DUE_AT));
        renewals.reminded(project);
    }

    /** The re-audit passed its due date: the label lapses, and whoever holds the re-audit (or the auditors) is told. */
    public void overdue(DelegateExecution execution) {
        notices.tellAboutStep(Notice.Kind.OVERDUE, execution, LabelRenewalProcess.RENEWAL_AUDIT_STEP);
        renewals.overdue(project(execution));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(REGION).toInstant());
    }

    /** The last second of the day: a re-audit due on a day may take place until its evening. */
    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(REGION).toInstant().minusSeconds(1));
    }

    private static ProjectId project(DelegateExecution execution) {
        return ProjectId.parse(execution.getProcessBusinessKey());
    }
}
