package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The ends of the opening process, reported to the project's file (end-event listeners of the BPMN). */
@Named("projectEnds")
@ApplicationScoped
public class ProjectEnds {

    @Inject
    Projects projects;

    public ProjectEnds() {
    }

    ProjectEnds(Projects projects) {
        this.projects = projects;
    }

    public void opened(DelegateExecution execution) {
        projects.markOpened(project(execution));
    }

    /** @param reason why the project closes, in French, as the process names it */
    public void closed(DelegateExecution execution, String reason) {
        projects.markClosed(project(execution), reason);
    }

    private static ProjectId project(DelegateExecution execution) {
        return ProjectId.parse(execution.getProcessBusinessKey());
    }
}
