package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.workflow.FailedJob;
import fr.normandie.ecoles.workflow.FailedJobs;
import fr.normandie.ecoles.workflow.UnknownJobException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The operator's page: the engine's failed background jobs, each with its error, its project and a retry. */
@Named
@RequestScoped
public class OperationsAdmin {

    @Inject
    CurrentUser user;

    @Inject
    FailedJobs failedJobs;

    private List<FailedJob> jobs;

    public List<FailedJob> getJobs() {
        if (jobs == null) {
            jobs = failedJobs.list();
        }
        return jobs;
    }

    public long getIncidentCount() {
        return getJobs().stream().filter(FailedJob::incident).count();
    }

    public String retry(String jobId) {
        try {
            failedJobs.retry(jobId, user.caller());
        } catch (UnknownJobException gone) {
            FormErrors.global(Texts.get("operations.gone"));
            return null;
        }
        FormErrors.info(Texts.get("operations.retried"));
        return "/admin/operations.xhtml?faces-redirect=true";
    }
}
