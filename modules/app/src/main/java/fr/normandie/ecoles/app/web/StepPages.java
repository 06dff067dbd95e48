package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.schools.StepHandler;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The web side of the step contract, checked when the application starts: every step (every handler, which the
 * workflow module joins to exactly one user task) has its page template {@code WEB-INF/steps/<key>.xhtml} and a
 * French text {@code outcome.<VALUE>} for each of its outcomes (the project's history shows them). A gap stops the
 * deployment with a message naming each missing template and text.
 */
@WebListener
public class StepPages implements ServletContextListener {

    static final String TEMPLATES = "/WEB-INF/steps/";

    @Inject
    @Any
    Instance<StepHandler<?, ?>> handlers;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        List<String> gaps = gaps(handlers.stream().toList(), path -> {
            try {
                return event.getServletContext().getResource(path) != null;
            } catch (MalformedURLException e) {
                return false;
            }
        }, Texts::has);
        if (!gaps.isEmpty()) {
            throw new IllegalStateException("Des étapes n'ont pas leur page ou leurs textes :\n- "
                    + String.join("\n- ", gaps));
        }
    }

    /**
     * @param exists   whether the web application holds a resource of that path
     * @param hasText  whether the message bundle holds a key
     * @return one line per missing template or text, naming the step and what it lacks
     */
    static List<String> gaps(Collection<? extends StepHandler<?, ?>> handlers, Predicate<String> exists,
                             Predicate<String> hasText) {
        List<String> gaps = new ArrayList<>();
        for (StepHandler<?, ?> handler : handlers) {
            String template = template(handler.key());
            if (!exists.test(template)) {
                gaps.add("étape « " + handler.key() + " » : pas de page " + template);
            }
            Arrays.stream(handler.outcomeType().getEnumConstants()).map(outcome -> "outcome." + outcome.name())
                    .filter(hasText.negate()).distinct()
                    .forEach(key -> gaps.add("étape « " + handler.key() + " » : pas de texte " + key
                            + " dans messages.properties"));
        }
        return gaps;
    }

    /** The page template of a step: the step form area includes it by the task's key. */
    public static String template(String key) {
        return TEMPLATES + key + ".xhtml";
    }
}
