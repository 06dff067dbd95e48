package fr.normandie.ecoles.workflow;

import java.util.Map;

/**
 * Where the projects stand, for the dashboard: how many are in progress, and how many tasks wait at each
 * step of the opening process (a project may wait at two steps at once, none when it is between two).
 */
public record OpeningProgress(long inProgress, Map<Step, Long> waitingByStep) {

    public OpeningProgress {
        waitingByStep = Map.copyOf(waitingByStep);
    }

    public long waitingAt(Step step) {
        return waitingByStep.getOrDefault(step, 0L);
    }
}
