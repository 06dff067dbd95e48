package fr.normandie.ecoles.schools;

import java.util.List;

/**
 * What a step of a project expects, item by item, what is missing, and whether the expectation binds: the mandatory
 * documents are required of a project whose carrier files online ({@link fr.normandie.ecoles.kernel.OnlineCarriers}).
 *
 * @param missing  the mandatory documents not sent yet, in the step's order
 * @param enforced whether a missing mandatory document stops the step's completion for this project
 */
public record StepDocuments(String step, List<ExpectedDocument> expected, List<RequiredDocument> missing,
                            boolean enforced) {

    public static StepDocuments of(String step, List<ExpectedDocument> expected, boolean enforced) {
        return new StepDocuments(step, expected,
                expected.stream().filter(ExpectedDocument::missing).map(ExpectedDocument::requirement).toList(), enforced);
    }
}
