package fr.normandie.ecoles.workflow;

import java.util.List;

/**
 * How many projects were in progress at the end of a day, and the first of them by name with the steps open then
 * ({@link PastProgress}).
 *
 * @param count every project in progress then
 * @param first the first of them by name, at most as many as were asked for
 */
public record ProjectsOnDay(int count, List<ProjectOnDay> first) {

    public ProjectsOnDay {
        first = List.copyOf(first);
    }
}
