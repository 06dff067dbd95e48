package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.audits.HistoricalLabelForm;
import fr.normandie.ecoles.audits.LabelDecisionConflictException;
import fr.normandie.ecoles.audits.LabelDecisions;
import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.audits.LabelWithdrawalForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.SchoolChange;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolFiles;
import fr.normandie.ecoles.schools.SchoolStatus;
import fr.normandie.ecoles.schools.SchoolStatusChange;
import fr.normandie.ecoles.schools.SchoolStatusConflictException;
import fr.normandie.ecoles.schools.SchoolStatuses;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.UnknownSchoolException;
import fr.normandie.ecoles.workflow.SchoolLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Each method is one transaction: the school's records, the label's and the engine's commit together, and a
 * refusal (thrown before or after a write) leaves nothing behind.
 */
@ApplicationScoped
public class CamundaSchoolLifecycle implements SchoolLifecycle {

    private static final ZoneId REGION = Clock.REGION;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Schools schools;

    @Inject
    SchoolStatuses schoolStatuses;

    @Inject
    SchoolFiles files;

    @Inject
    LabelDecisions decisions;

    @Inject
    LabelStatuses statuses;

    @Inject
    LabelRenewals renewals;

    @Inject
    RuntimeService runtimeService;

    @Override
    @Transactional
    public LabelStatus recordHistoricalLabel(UUID schoolId, HistoricalLabelForm form, Caller caller) {
        if (!caller.has(Role.AUDITOR) && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Seuls les auditeurs FNEP et les administrateurs enregistrent le label d'une école.");
        }
        School school = school(schoolId);
        if (schoolStatuses.statusOn(schoolId, LocalDate.now(REGION)) != SchoolStatus.OPEN) {
            throw new SchoolStatusConflictException("L'école n'est pas ouverte aujourd'hui : ses audits de "
                    + "renouvellement ne peuvent commencer.");
        }
        ProjectId file = files.fileOf(schoolId);
        decisions.recordHistoricalLabel(file, form, caller);
        LabelRenewalSteps.begin(runtimeService, file.toString(), school.departmentCode());
        return statuses.of(file);
    }

    @Override
    @Transactional
    public SchoolStatusChange changeStatus(UUID schoolId, SchoolChangeForm form, Caller caller) {
        SchoolStatusChange change = schoolStatuses.record(schoolId, form, caller);
        ProjectId file = school(schoolId).projectId();
        if (file == null) {
            return change; // a school older than the software whose label was never recorded: no re-audit
        }
        if (change.change() == SchoolChange.RESUMPTION) {
            if (statuses.of(file).state().held() && renewalsRunning(file).isEmpty()) {
                LabelRenewalSteps.begin(runtimeService, file.toString(), school(schoolId).departmentCode());
            }
        } else {
            endRenewal(file, (change.change() == SchoolChange.CLOSURE ? "École fermée le " : "École suspendue le ")
                    + FRENCH_DATE.format(change.effectiveOn()) + " : " + change.reason());
        }
        return change;
    }

    @Override
    @Transactional
    public LabelStatus withdrawLabel(UUID schoolId, LabelWithdrawalForm form, Caller caller) {
        if (!caller.has(Role.AUDITOR)) {
            throw new Forbidden("Seuls les auditeurs FNEP retirent le label d'une école.");
        }
        ProjectId file = school(schoolId).projectId();
        if (file == null) {
            throw new LabelDecisionConflictException("Aucun label n'est enregistré pour cette école : il n'y a rien "
                    + "à retirer.");
        }
        decisions.withdraw(file, form, caller);
        endRenewal(file, "Label retiré le " + (form.withdrawnOn() == null ? "" : FRENCH_DATE.format(form.withdrawnOn()))
                + " : " + form.reason());
        return statuses.of(file);
    }

    /** Cancels the school's re-audit process, the reason kept in the engine's history and by the audits module. */
    private void endRenewal(ProjectId file, String reason) {
        List<ProcessInstance> running = renewalsRunning(file);
        if (running.isEmpty()) {
            return;
        }
        running.forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), reason));
        renewals.ended(file, reason);
    }

    private List<ProcessInstance> renewalsRunning(ProjectId file) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(LabelRenewalProcess.KEY)
                .processInstanceBusinessKey(file.toString()).list();
    }

    private School school(UUID id) {
        return schools.find(id).orElseThrow(() -> new UnknownSchoolException(id.toString()));
    }
}
