package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.YearlyResults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a year's results hold together, beyond each figure's own bounds (Bean Validation, checked
 * before): totals that equal their parts, no more passed than presented, no more candidates, referred
 * pupils or leavers than pupils, a school year the school lived through. Each reason names the field it
 * is about, so that the page shows it there.
 */
final class ResultsRules {

    private ResultsRules() {
    }

    /** A school year runs from 1 September to 31 August. */
    static LocalDate start(int schoolYear) {
        return LocalDate.of(schoolYear, 9, 1);
    }

    static List<FieldReason> check(YearlyResults results, LocalDate openedOn, LocalDate today) {
        List<FieldReason> reasons = new ArrayList<>();
        String year = results.schoolYear() + "-" + (results.schoolYear() + 1);
        if (start(results.schoolYear() + 1).isBefore(openedOn.plusDays(1))) {
            reasons.add(new FieldReason("schoolYear", "L'année scolaire " + year + " s'est achevée avant l'ouverture "
                    + "de l'école (" + openedOn + ")."));
        }
        if (start(results.schoolYear()).isAfter(today)) {
            reasons.add(new FieldReason("schoolYear", "L'année scolaire " + year + " n'a pas encore commencé."));
        }
        long pupils = results.ageGroupsTotal();
        if (results.pupils() != null && results.pupils() != pupils) {
            reasons.add(new FieldReason("pupils", "Le nombre d'élèves (" + results.pupils()
                    + ") n'est pas la somme des trois tranches d'âge (" + pupils + ")."));
        }
        if (results.referredByMissionLocale() > pupils) {
            reasons.add(new FieldReason("referredByMissionLocale", "Il ne peut y avoir plus d'élèves orientés par une "
                    + "Mission Locale (" + results.referredByMissionLocale() + ") que d'élèves (" + pupils + ")."));
        }
        checkDiplomas(results.diplomas(), pupils, reasons);
        if (results.diplomasPassed() != null && results.diplomasPassed() != results.passedTotal()) {
            reasons.add(new FieldReason("diplomasPassed", "Le nombre de diplômés (" + results.diplomasPassed()
                    + ") n'est pas la somme des reçus par diplôme (" + results.passedTotal() + ")."));
        }
        if (results.leavers() > pupils) {
            reasons.add(new FieldReason("leavers", "Il ne peut y avoir plus de sortants (" + results.leavers()
                    + ") que d'élèves (" + pupils + ")."));
        }
        return reasons;
    }

    private static void checkDiplomas(List<DiplomaResults> diplomas, long pupils, List<FieldReason> reasons) {
        Set<Diploma> seen = EnumSet.noneOf(Diploma.class);
        for (int i = 0; i < diplomas.size(); i++) {
            DiplomaResults diploma = diplomas.get(i);
            String field = "diplomas[" + i + "].";
            if (!seen.add(diploma.diploma())) {
                reasons.add(new FieldReason(field + "diploma", "Ce diplôme figure deux fois dans les résultats."));
            }
            if (diploma.passed() > diploma.presented()) {
                reasons.add(new FieldReason(field + "passed", "Il ne peut y avoir plus de reçus (" + diploma.passed()
                        + ") que de candidats présentés (" + diploma.presented() + ")."));
            }
            if (diploma.presented() > pupils) {
                reasons.add(new FieldReason(field + "presented", "Il ne peut y avoir plus de candidats présentés ("
                        + diploma.presented() + ") que d'élèves (" + pupils + ")."));
            }
        }
    }
}
