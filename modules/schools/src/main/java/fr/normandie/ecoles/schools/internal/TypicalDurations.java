package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The median time each stage took since the milestone before it, over every project's history: what
 * coverage projects the projects in progress with. The medians of tens of thousands of steps move slowly and
 * cost the database a sort of them all (100 ms at 50,000 steps, bench/), so they are computed at most once per
 * {@code coverage.typical-durations.ttl} (default five minutes), not at each coverage or dashboard read.
 */
@ApplicationScoped
public class TypicalDurations {

    private record Computed(Map<Stage, Duration> medians, long at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "coverage.typical-durations.ttl", defaultValue = "PT5M")
    Duration ttl;

    private volatile Computed last;

    Map<Stage, Duration> medians() {
        Computed known = last;
        long now = System.nanoTime();
        if (known == null || now - known.at() > ttl.toNanos()) {
            known = new Computed(compute(), now);
            last = known;
        }
        return known.medians();
    }

    /** A follow-up audit counts as the label audit's. */
    private Map<Stage, Duration> compute() {
        String stage = "case when step = 'label-follow-up' then 'label-audit' else step end";
        List<?> rows = em.createNativeQuery("select " + stage + ", percentile_cont(0.5) within group (order by since_previous_ms)"
                + " from schools.project_event where kind = 'STEP_COMPLETED' and since_previous_ms is not null"
                + " group by " + stage).getResultList();
        Map<Stage, Duration> typical = new EnumMap<>(Stage.class);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Stage.ofKey((String) columns[0]).ifPresent(s ->
                    typical.put(s, Duration.ofMillis(Math.round(((Number) columns[1]).doubleValue()))));
        }
        return Map.copyOf(typical);
    }
}
