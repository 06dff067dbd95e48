package fr.normandie.ecoles.workflow.internal;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

import java.util.Set;

/**
 * The engine's history level: what the application reads of the engine's history and nothing more. The
 * engine's "activity" level (process, activity and task instances: when each step opened, ended and who held
 * it), plus the user operation log (who took or released a task, on the project's timeline) and incidents
 * (a reminder or deadline job that failed). Left out, against the "full" level: every variable's history and
 * each of its updates (a step's outcome is in the project's own records), task identity links, and a log row
 * per timer job created and deleted — five rows written per step that nothing reads.
 */
public final class TimelineHistory implements HistoryLevel {

    public static final TimelineHistory LEVEL = new TimelineHistory();

    /** Stored in the engine's properties; the built-in levels are 0 to 3. */
    static final int ID = 11;

    private static final Set<HistoryEventType> BEYOND_ACTIVITY = Set.of(HistoryEventTypes.USER_OPERATION_LOG,
            HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_DELETE, HistoryEventTypes.INCIDENT_RESOLVE,
            HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_UPDATE);

    private TimelineHistory() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return "timeline";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return HISTORY_LEVEL_ACTIVITY.isHistoryEventProduced(eventType, entity) || BEYOND_ACTIVITY.contains(eventType);
    }
}
