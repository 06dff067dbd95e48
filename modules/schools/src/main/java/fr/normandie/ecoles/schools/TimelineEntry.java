package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * One line of a project's timeline: when, who (null when the application acted by itself), what kind of
 * event, the step concerned (its key, when there is one) and a summary in French.
 */
public record TimelineEntry(Instant at, String who, TimelineKind kind, String step, String summary) {

    /**
     * Oldest first. The engine keeps milliseconds and the file finer instants: within one millisecond,
     * entries follow the order of {@link TimelineKind}, the order in which one transaction writes them.
     */
    public static final Comparator<TimelineEntry> CHRONOLOGICAL =
            Comparator.comparing((TimelineEntry e) -> e.at().truncatedTo(ChronoUnit.MILLIS))
                    .thenComparing(TimelineEntry::kind)
                    .thenComparing(TimelineEntry::at);
}
