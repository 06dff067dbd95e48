package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.OnlineCarriers;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The carrier's part of a step it files online (issue 16), called from the BPMN's expressions: whether the carrier
 * files the step at all, when its submission falls due, and when it is reminded once late.
 */
@Named("carrierSubmissions")
@ApplicationScoped
public class CarrierSubmissions {

    @Inject
    Projects projects;

    @Inject
    OnlineCarriers online;

    @Inject
    StepDeadlines deadlines;

    private Function<ProjectId, Optional<UUID>> carrierOf;

    public CarrierSubmissions() {
        carrierOf = project -> projects.find(project).map(ProjectSummary::carrierId);
    }

    /** For process tests: the project's carrier and its accounts from plain lookups. */
    CarrierSubmissions(Function<ProjectId, Optional<UUID>> carrierOf, OnlineCarriers online, StepDeadlines deadlines) {
        this.carrierOf = carrierOf;
        this.online = online;
        this.deadlines = deadlines;
    }

    /**
     * Decides, as the step opens, whether its carrier files it online: it does when it has an active carrier's
     * account at that moment. A project whose carrier has none (every project before issue 16, the demonstration,
     * the benchmark) goes straight to staff, as before. Sets {@link SchoolOpeningProcess#VAR_CARRIER_FILES_ONLINE}
     * and the carrier whose accounts alone see the task ({@link SchoolOpeningProcess#VAR_CARRIER}).
     */
    public void decide(DelegateExecution execution) {
        Optional<UUID> carrier = carrierOf.apply(ProjectId.parse(execution.getProcessBusinessKey()));
        execution.setVariable(SchoolOpeningProcess.VAR_CARRIER_FILES_ONLINE, carrier.map(online::filesOnline).orElse(false));
        execution.setVariable(SchoolOpeningProcess.VAR_CARRIER, carrier.map(UUID::toString).orElse(null));
    }

    /** The deadline of the open completion request, else the submission step's own due date. */
    public Date dueDate(DelegateExecution execution, String step) {
        return execution.getVariable(SchoolOpeningProcess.VAR_COMPLETION_DEADLINE) instanceof Date deadline
                ? deadline : deadlines.dueDate(step);
    }

    /**
     * The carrier is reminded from its due date on, every {@code workflow.<step>.remind-every} (default a week),
     * until it submits: an ISO-8601 repeating interval for the BPMN's timer cycle.
     */
    public String reminderCycle(DelegateExecution execution, String step) {
        return "R/" + dueDate(execution, step).toInstant() + "/" + deadlines.reminderPeriod(step);
    }
}
