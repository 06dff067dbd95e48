package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.logging.Logger;

/** Sends the reminder of a step left waiting: it goes on the project's timeline and to the log. */
@Named("stepReminders")
@ApplicationScoped
public class StepReminders {

    private static final Logger LOG = Logger.getLogger(StepReminders.class.getName());

    @Inject
    Projects projects;

    public StepReminders() {
    }

    StepReminders(Projects projects) {
        this.projects = projects;
    }

    public void remind(DelegateExecution execution, String step) {
        ProjectId project = ProjectId.parse(execution.getProcessBusinessKey());
        projects.recordReminder(project, step);
        LOG.info(() -> "Relance : l'étape " + step + " du projet " + project + " attend toujours.");
    }
}
