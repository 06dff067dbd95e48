package fr.normandie.ecoles.schools;

import java.util.List;

/**
 * The whole file of a project as the schools module keeps it: the registration, every round of each
 * step that keeps its rounds (a step asked again keeps its earlier rounds), and the school once it opened.
 */
public record ProjectFileView(ProjectSummary project, List<Rounds> steps, School school) {

    public ProjectFileView {
        steps = List.copyOf(steps);
    }

    /**
     * The rounds of one step, oldest first.
     * @param step   the step's key
     * @param name   the rounds' name in the file's JSON ({@code backings}, {@code studies}, ...)
     * @param rounds what each round recorded
     */
    public record Rounds(String step, String name, List<?> rounds) {
        public Rounds {
            rounds = List.copyOf(rounds);
        }
    }

    /** Whether any step has recorded a round yet. */
    public boolean hasRounds() {
        return steps.stream().anyMatch(s -> !s.rounds().isEmpty());
    }
}
