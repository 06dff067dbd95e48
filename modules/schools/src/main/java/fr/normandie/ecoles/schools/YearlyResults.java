package fr.normandie.ecoles.schools;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A school's results for one school year (starting in September of {@code schoolYear}): its pupils at the
 * start of the year by age group and how many a Mission Locale referred, the candidates presented and passed
 * per diploma, and what became of the year's leavers. The figures elected officials ask for (the plenary of
 * 8 April 2019: insertion or further study, work-study continuation, pass rates, who chooses the pupils).
 *
 * <p>{@code pupils} and {@code diplomasPassed} are totals: left out, they are computed from the age groups and
 * the diplomas; given, they must equal them. Results recorded before the age groups, the Mission Locale and the
 * per-diploma figures were asked for keep their totals, with those details {@code null} (and no diplomas).
 * {@code leaversApprenticeship} counts every leaver who continues in work-study: apprenticeship or another
 * alternance contract.
 */
public record YearlyResults(
        @NotNull(message = "L'année scolaire est obligatoire.")
        @Min(value = 2000, message = "L'année scolaire doit être entre 2000 et 2100.")
        @Max(value = 2100, message = "L'année scolaire doit être entre 2000 et 2100.")
        Integer schoolYear,
        @NotNull(message = "Le nombre d'élèves de moins de 16 ans est obligatoire.")
        @Min(value = 0, message = "Le nombre d'élèves de moins de 16 ans ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre d'élèves de moins de 16 ans dépasse 1000.")
        Integer pupilsUnder16,
        @NotNull(message = "Le nombre d'élèves de 16 à 18 ans est obligatoire.")
        @Min(value = 0, message = "Le nombre d'élèves de 16 à 18 ans ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre d'élèves de 16 à 18 ans dépasse 1000.")
        Integer pupils16To18,
        @NotNull(message = "Le nombre d'élèves de plus de 18 ans est obligatoire.")
        @Min(value = 0, message = "Le nombre d'élèves de plus de 18 ans ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre d'élèves de plus de 18 ans dépasse 1000.")
        Integer pupilsOver18,
        @Min(value = 0, message = "Le nombre d'élèves ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre d'élèves dépasse 1000.")
        Integer pupils,
        @NotNull(message = "Le nombre d'élèves orientés par une Mission Locale est obligatoire.")
        @Min(value = 0, message = "Le nombre d'élèves orientés par une Mission Locale ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre d'élèves orientés par une Mission Locale dépasse 1000.")
        Integer referredByMissionLocale,
        @Size(max = 3, message = "Trois diplômes au plus (CAP, Bac pro, titre professionnel).")
        List<@NotNull(message = "Un diplôme est vide.") @Valid DiplomaResults> diplomas,
        @Min(value = 0, message = "Le nombre de diplômés ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre de diplômés dépasse 1000.")
        Integer diplomasPassed,
        @NotNull(message = "Le nombre de sortants en emploi est obligatoire.")
        @Min(value = 0, message = "Le nombre de sortants en emploi ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre de sortants en emploi dépasse 1000.")
        Integer leaversJob,
        @NotNull(message = "Le nombre de sortants en apprentissage ou autre alternance est obligatoire.")
        @Min(value = 0, message = "Le nombre de sortants en apprentissage ou autre alternance ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre de sortants en apprentissage ou autre alternance dépasse 1000.")
        Integer leaversApprenticeship,
        @NotNull(message = "Le nombre de sortants en poursuite d'études est obligatoire.")
        @Min(value = 0, message = "Le nombre de sortants en poursuite d'études ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre de sortants en poursuite d'études dépasse 1000.")
        Integer leaversFurtherStudy,
        @NotNull(message = "Le nombre d'autres sortants est obligatoire.")
        @Min(value = 0, message = "Le nombre d'autres sortants ne peut pas être négatif.")
        @Max(value = MAX, message = "Le nombre d'autres sortants dépasse 1000.")
        Integer leaversOther) {

    /** The most pupils, candidates or leavers of one kind a school may report for a year. */
    public static final int MAX = 1000;

    public YearlyResults {
        // a null element stays, for Bean Validation to name it
        diplomas = diplomas == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(diplomas));
    }

    /** The pupils of the three age groups, summed as {@code long}; null while an age group is unknown. */
    public Long ageGroupsTotal() {
        return pupilsUnder16 == null || pupils16To18 == null || pupilsOver18 == null ? null
                : (long) pupilsUnder16 + pupils16To18 + pupilsOver18;
    }

    /** The diplomas passed, all diplomas together, summed as {@code long}. */
    public long passedTotal() {
        return diplomas.stream().filter(Objects::nonNull).mapToLong(d -> zeroIfNull(d.passed())).sum();
    }

    /** All who left the school that year; summed as {@code long}: four counts at the edge of {@code int} must not wrap. */
    public long leavers() {
        return (long) zeroIfNull(leaversJob) + zeroIfNull(leaversFurtherStudy) + zeroIfNull(leaversApprenticeship)
                + zeroIfNull(leaversOther);
    }

    /** The share of leavers in a job or in work-study, in percent; null without leavers (the first figure shown). */
    public Integer insertionRate() {
        return Rate.of((long) zeroIfNull(leaversJob) + zeroIfNull(leaversApprenticeship), leavers()).percent();
    }

    /** The same results with their totals computed where they were left out. */
    public YearlyResults withTotals() {
        Long ageGroups = ageGroupsTotal();
        return new YearlyResults(schoolYear, pupilsUnder16, pupils16To18, pupilsOver18,
                pupils == null && ageGroups != null ? Integer.valueOf((int) Math.min(ageGroups, Integer.MAX_VALUE)) : pupils,
                referredByMissionLocale, diplomas,
                diplomasPassed == null ? Integer.valueOf((int) Math.min(passedTotal(), Integer.MAX_VALUE)) : diplomasPassed,
                leaversJob, leaversApprenticeship, leaversFurtherStudy, leaversOther);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
