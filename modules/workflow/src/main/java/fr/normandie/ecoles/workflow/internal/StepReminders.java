package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.logging.Logger;

/**
 * Sends the reminder of a step left waiting: it goes on the project's timeline, to the log and, as a notice, to
 * the person holding the step's task or else to the people of its role. The notice is queued once the reminder is
 * recorded: a job that fails there tells nobody (NotificationsIT saw a failing job's earlier outbox row survive the
 * job's failure, once per try).
 */
@Named("stepReminders")
@ApplicationScoped
public class StepReminders {

    private static final Logger LOG = Logger.getLogger(StepReminders.class.getName());

    @Inject
    Projects projects;

    @Inject
    ProjectNotices notices;

    public StepReminders() {
    }

    StepReminders(Projects projects, ProjectNotices notices) {
        this.projects = projects;
        this.notices = notices;
    }

    public void remind(DelegateExecution execution, String step) {
        ProjectId project = ProjectId.parse(execution.getProcessBusinessKey());
        projects.recordReminder(project, step);
        notices.tellAboutStep(Notice.Kind.REMINDER, execution, step);
        LOG.info(() -> "Relance : l'étape " + step + " du projet " + project + " attend toujours.");
    }
}
