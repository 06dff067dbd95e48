package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidySummary;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.workflow.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The project's file beyond the opening steps: its FNEP label (status, audits with their reports, corrective
 * actions still open) and the Region's subsidy decisions (amounts, what was paid, the notification letter).
 * Each part is read once per view, when the page shows it.
 */
@Named
@ViewScoped
public class LabelAndSubsidy implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectPage page;

    @Inject
    LabelAudits audits;

    @Inject
    LabelStatuses statuses;

    @Inject
    SubsidyDecisions subsidies;

    @Inject
    CurrentUser user;

    private LabelStatus status;
    private List<LabelAudit.Summary> auditList;
    private List<CorrectiveAction> openActions;
    private List<SubsidySummary> subsidyList;

    public LabelStatus getStatus() {
        if (status == null) {
            status = statuses.of(project());
        }
        return status;
    }

    public List<LabelAudit.Summary> getAudits() {
        if (auditList == null) {
            auditList = audits.ofProject(project());
        }
        return auditList;
    }

    public List<CorrectiveAction> getOpenActions() {
        if (openActions == null) {
            openActions = audits.openActions(project());
        }
        return openActions;
    }

    /** The subsidies are for the people who follow the money (and the officers); auditors do not see them. */
    public boolean isSubsidiesShown() {
        return user.has(Role.FUNDING) || user.has(Role.STAFF) || user.has(Role.ADMIN);
    }

    public List<SubsidySummary> getSubsidies() {
        if (subsidyList == null) {
            subsidyList = subsidies.list(project(), null);
        }
        return subsidyList;
    }

    private ProjectId project() {
        return ProjectId.parse(page.getId());
    }
}
