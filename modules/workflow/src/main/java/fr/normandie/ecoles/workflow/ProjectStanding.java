package fr.normandie.ecoles.workflow;

import java.time.Instant;
import java.util.List;

/**
 * Where a project stands, as its carrier follows it (carriers' portal, issue 16): the project with its steps done
 * (on a single project's answer) and the steps open now, each with the day it is due.
 *
 * @param openSteps the open steps, oldest first; none once the project has ended
 */
public record ProjectStanding(ProjectView view, List<OpenStep> openSteps) {

    public ProjectStanding {
        openSteps = List.copyOf(openSteps);
    }

    /**
     * A step open now.
     *
     * @param step  the step's key
     * @param label the step's name, as its BPMN user task names it
     * @param due   when it is due, null when the step has no deadline
     */
    public record OpenStep(String step, String label, Instant due) {
    }
}
