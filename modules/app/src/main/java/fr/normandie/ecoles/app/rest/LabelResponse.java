package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelState;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;

import java.time.LocalDate;
import java.util.List;

/**
 * The FNEP label of a school project or school as the API shows it: the project, the label's status and,
 * on a single school's page, its corrective actions still open (their ids are what a follow-up reviews).
 */
public record LabelResponse(String projectId, String projectName, String departmentCode, ProjectStatus projectStatus,
                            LabelState state, String stateLabel, LocalDate labelledSince, int conditionsPending,
                            LocalDate nextAuditDue, LocalDate lapsedSince, LocalDate lastAuditedOn,
                            Integer catalogueVersion, List<CorrectiveAction> openActions) {

    static LabelResponse of(LabelStatus status, ProjectSummary project, List<CorrectiveAction> openActions) {
        return new LabelResponse(project.id().toString(), project.name(), project.departmentCode(), project.status(),
                status.state(), status.state().label(), status.labelledSince(), status.conditionsPending(),
                status.nextAuditDue(), status.lapsedSince(), status.lastAuditedOn(), status.catalogueVersion(),
                openActions);
    }
}
