package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.workflow.FailedJob;
import fr.normandie.ecoles.workflow.FailedJobs;
import fr.normandie.ecoles.workflow.UnknownJobException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The engine's jobs that carry an exception, read through its management service. */
@ApplicationScoped
public class CamundaFailedJobs implements FailedJobs {

    @Inject
    ManagementService managementService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeReads runtimeReads;

    @Override
    public List<FailedJob> list() {
        List<Job> jobs = managementService.createJobQuery().withException().list();
        Map<String, String> projects = runtimeReads.businessKeys(jobs.stream().map(Job::getProcessInstanceId)
                .filter(Objects::nonNull).distinct().toList());
        return jobs.stream()
                .map(job -> new FailedJob(job.getId(), processName(job), activityName(job),
                        Optional.ofNullable(projects.get(job.getProcessInstanceId())),
                        Objects.requireNonNullElse(job.getExceptionMessage(), "(sans message)"), job.getRetries(),
                        job.getDuedate() == null ? null : job.getDuedate().toInstant()))
                .sorted(Comparator.comparing((FailedJob job) -> !job.incident())
                        .thenComparing(FailedJob::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public long incidentCount() {
        return managementService.createJobQuery().withException().noRetriesLeft().count();
    }

    @Override
    @Transactional
    public void retry(String jobId, Caller caller) {
        caller.requireAny("Seuls les administrateurs peuvent relancer un travail en échec.", Role.ADMIN);
        if (managementService.createJobQuery().jobId(jobId).withException().count() == 0) {
            throw new UnknownJobException(jobId);
        }
        managementService.setJobRetries(jobId, 1);
    }

    private String processName(Job job) {
        if (job.getProcessDefinitionId() == null) {
            return Objects.requireNonNullElse(job.getProcessDefinitionKey(), "");
        }
        String name = repositoryService.getProcessDefinition(job.getProcessDefinitionId()).getName();
        return name != null ? name : job.getProcessDefinitionKey();
    }

    /** The BPMN's own name for the step that failed (the deployed model is cached by the engine). */
    private String activityName(Job job) {
        String activity = job.getFailedActivityId();
        if (activity == null || job.getProcessDefinitionId() == null) {
            return Objects.requireNonNullElse(activity, "");
        }
        ModelElementInstance element = repositoryService.getBpmnModelInstance(job.getProcessDefinitionId())
                .getModelElementById(activity);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activity;
    }
}
