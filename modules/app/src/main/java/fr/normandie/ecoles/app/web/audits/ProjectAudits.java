package fr.normandie.ecoles.app.web.audits;

import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.app.web.project.ProjectPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A project's label audits (each with its report) and its label status, for the project's page. */
@Named
@RequestScoped
public class ProjectAudits {

    @Inject
    LabelAudits audits;

    @Inject
    LabelStatuses statuses;

    @Inject
    ProjectPage page;

    private List<LabelAudit.Summary> list;
    private LabelStatus status;
    private List<CorrectiveAction> openActions;

    public List<LabelAudit.Summary> getList() {
        if (list == null) {
            list = audits.ofProject(page.projectId());
        }
        return list;
    }

    public LabelStatus getStatus() {
        if (status == null) {
            status = statuses.of(page.projectId());
        }
        return status;
    }

    /** The corrective actions the school has still to carry out or to have verified. */
    public List<CorrectiveAction> getOpenActions() {
        if (openActions == null) {
            openActions = audits.openActions(page.projectId());
        }
        return openActions;
    }
}
