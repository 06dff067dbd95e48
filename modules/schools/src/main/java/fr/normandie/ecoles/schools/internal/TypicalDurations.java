package fr.normandie.ecoles.schools.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The median time each stage took since the milestone before it, over every project's history, with the stages in
 * the order projects typically reach them (their mean rank among a project's completed steps): what coverage
 * projects the projects in progress with. The medians of tens of thousands of steps move slowly and cost the
 * database a sort of them all (100 ms at 50,000 steps, bench/), so they are computed at most once per
 * {@code coverage.typical-durations.ttl} (default five minutes), not at each coverage or dashboard read.
 */
@ApplicationScoped
public class TypicalDurations {

    /** A follow-up audit is part of the label audit's time. */
    private static final String FOLLOW_UP = "label-follow-up";
    private static final String COUNTS_AS = "label-audit";
    private static final String STAGE = "case when step = '" + FOLLOW_UP + "' then '" + COUNTS_AS + "' else step end";

    private record Computed(OpeningProjection projection, long at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "coverage.typical-durations.ttl", defaultValue = "PT5M")
    Duration ttl;

    private volatile Computed last;

    OpeningProjection projection() {
        Computed known = last;
        long now = System.nanoTime();
        if (known == null || now - known.at() > ttl.toNanos()) {
            known = new Computed(OpeningProjection.of(compute()), now);
            last = known;
        }
        return known.projection();
    }

    /** The stage a project's last completed step counts as, as {@link #projection()} knows the stages. */
    static String stage(String step) {
        return FOLLOW_UP.equals(step) ? COUNTS_AS : step;
    }

    private Map<String, Duration> compute() {
        List<?> rows = em.createNativeQuery("select stage, percentile_cont(0.5) within group (order by since_previous_ms),"
                + " avg(step_rank) from (select " + STAGE + " as stage, since_previous_ms,"
                + " row_number() over (partition by project_id order by occurred_at) as step_rank"
                + " from schools.project_event where kind = 'STEP_COMPLETED') completions"
                + " where since_previous_ms is not null group by stage order by avg(step_rank)").getResultList();
        Map<String, Duration> typical = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            typical.put((String) columns[0], Duration.ofMillis(Math.round(((Number) columns[1]).doubleValue())));
        }
        return typical;
    }
}
