package fr.normandie.ecoles.schools;

import java.util.List;

/**
 * How many projects were in progress at the end of a day, and the first of them by name ({@link PastProjects}).
 *
 * @param count every project in progress then
 * @param first the first of them by name, at most as many as were asked for
 */
public record PastProjectsOnDay(int count, List<PastProject> first) {

    public PastProjectsOnDay {
        first = List.copyOf(first);
    }
}
