package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A school's results for one school year (starting in {@code schoolYear}): pupils, diplomas passed and
 * what became of the year's leavers. The figures elected officials ask for.
 */
public record YearlyResults(
        @NotNull(message = "L'année scolaire est obligatoire.")
        @Min(value = 2000, message = "Année scolaire invalide.")
        @Max(value = 2100, message = "Année scolaire invalide.")
        Integer schoolYear,
        @NotNull(message = "Le nombre d'élèves est obligatoire.")
        @Min(value = 0, message = "Le nombre d'élèves ne peut pas être négatif.")
        @Max(value = 1000, message = "Le nombre d'élèves dépasse 1000.")
        Integer pupils,
        @NotNull(message = "Le nombre de diplômes obtenus est obligatoire.")
        @Min(value = 0, message = "Le nombre de diplômes ne peut pas être négatif.")
        @Max(value = 1000, message = "Le nombre de diplômes dépasse 1000.")
        Integer diplomasPassed,
        @NotNull(message = "Le nombre de sortants en emploi est obligatoire.")
        @Min(value = 0, message = "Un nombre de sortants ne peut pas être négatif.")
        @Max(value = 1000, message = "Un nombre de sortants dépasse 1000.")
        Integer leaversJob,
        @NotNull(message = "Le nombre de sortants en poursuite d'études est obligatoire.")
        @Min(value = 0, message = "Un nombre de sortants ne peut pas être négatif.")
        @Max(value = 1000, message = "Un nombre de sortants dépasse 1000.")
        Integer leaversFurtherStudy,
        @NotNull(message = "Le nombre de sortants en apprentissage est obligatoire.")
        @Min(value = 0, message = "Un nombre de sortants ne peut pas être négatif.")
        @Max(value = 1000, message = "Un nombre de sortants dépasse 1000.")
        Integer leaversApprenticeship,
        @NotNull(message = "Le nombre d'autres sortants est obligatoire.")
        @Min(value = 0, message = "Un nombre de sortants ne peut pas être négatif.")
        @Max(value = 1000, message = "Un nombre de sortants dépasse 1000.")
        Integer leaversOther) {

    @AssertTrue(message = "Il ne peut y avoir plus de diplômés que d'élèves.")
    public boolean isDiplomasWithinPupils() {
        return pupils == null || diplomasPassed == null || diplomasPassed <= pupils;
    }

    @AssertTrue(message = "Il ne peut y avoir plus de sortants que d'élèves.")
    public boolean isLeaversWithinPupils() {
        return pupils == null || leavers() <= pupils;
    }

    /** All who left the school that year. */
    /** Summed as {@code long}: four counts at the edge of {@code int} must not wrap into a small sum. */
    public long leavers() {
        return (long) zeroIfNull(leaversJob) + zeroIfNull(leaversFurtherStudy) + zeroIfNull(leaversApprenticeship)
                + zeroIfNull(leaversOther);
    }

    /** The share of leavers in a job or apprenticeship, in percent; null without leavers. */
    public Integer insertionRate() {
        long leavers = leavers();
        return leavers == 0 ? null
                : (int) Math.round(100d * ((long) zeroIfNull(leaversJob) + zeroIfNull(leaversApprenticeship)) / leavers);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
