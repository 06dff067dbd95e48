package fr.normandie.ecoles.workflow.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

/**
 * The due date and the reminder delay of each step, from configuration: {@code workflow.<step>.due-after}
 * and {@code workflow.<step>.remind-after} (ISO-8601 durations such as {@code P30D}), falling back to
 * {@code workflow.due-after} and {@code workflow.remind-after}. Called from the BPMN's expressions.
 */
@Named("stepDeadlines")
@ApplicationScoped
public class StepDeadlines {

    static final Duration DEFAULT_DUE_AFTER = Duration.ofDays(30);
    static final Duration DEFAULT_REMIND_AFTER = Duration.ofDays(21);
    static final Duration DEFAULT_REMIND_EVERY = Duration.ofDays(7);

    @Inject
    Config config;

    private Function<String, Optional<String>> settings;

    public StepDeadlines() {
    }

    /** For process tests: settings from a plain lookup. */
    StepDeadlines(Function<String, Optional<String>> settings) {
        this.settings = settings;
    }

    @PostConstruct
    void readConfiguration() {
        settings = key -> config.getOptionalValue(key, String.class);
    }

    /** When a task of this step falls due, counted from now on the engine's clock. */
    public Date dueDate(String step) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(dueAfter(step)));
    }

    /** How long after a task's creation its reminder goes out, as an ISO-8601 duration for a BPMN timer. */
    public String reminderDelay(String step) {
        return setting(step, "remind-after", DEFAULT_REMIND_AFTER).toString();
    }

    /** How often a late carrier is reminded ({@code workflow.<step>.remind-every}, issue 16), ISO-8601. */
    public String reminderPeriod(String step) {
        return setting(step, "remind-every", DEFAULT_REMIND_EVERY).toString();
    }

    Duration dueAfter(String step) {
        return setting(step, "due-after", DEFAULT_DUE_AFTER);
    }

    private Duration setting(String step, String name, Duration fallback) {
        return settings.apply("workflow." + step + "." + name)
                .or(() -> settings.apply("workflow." + name))
                .map(Duration::parse)
                .orElse(fallback);
    }
}
