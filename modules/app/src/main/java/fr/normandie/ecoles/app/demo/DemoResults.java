package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Invented yearly results for the six schools of the demonstration, school years 2022-2023 to 2024-2025
 * (Flers from its opening in 2023): plausible figures, in line with what the plenary of 8 April 2019 quoted
 * (insertion or further study near 100 %, about half the leavers in work-study), NOT real ones. Loaded once,
 * when no school has results. {@code ResultsIT} posts the same rows and checks the indicators against its
 * own hand computation.
 */
@ApplicationScoped
public class DemoResults {

    private static final Logger LOG = Logger.getLogger(DemoResults.class.getName());
    private static final Caller DEMO = new Caller("demo", EnumSet.of(Role.STAFF));

    static final String PETIT_QUEVILLY = "École de production de Petit-Quevilly";
    static final String USIN_EURE = "Usin'Eure";
    static final String VALOGNES = "École d'usinage du Cotentin";
    static final String SEMEURS = "École des Semeurs";
    static final String CAEN = "École de production de Caen";
    static final String FLERS = "École de production de Flers";

    /** One school's results for one year, by the name DemoData gives the school. */
    public record Row(String school, YearlyResults results) {
    }

    /** The demonstration's results, in the order they are recorded. */
    public static final List<Row> ROWS = List.of(
            row(PETIT_QUEVILLY, 2022, 2, 18, 2, 14, List.of(cap(11, 10)), 4, 5, 1, 1),
            row(PETIT_QUEVILLY, 2023, 1, 19, 3, 15, List.of(cap(12, 11)), 4, 6, 1, 0),
            row(PETIT_QUEVILLY, 2024, 2, 20, 2, 17, List.of(cap(12, 12)), 5, 6, 1, 0),
            row(USIN_EURE, 2022, 1, 19, 2, 12, List.of(cap(8, 7), bacPro(3, 3)), 3, 5, 2, 0),
            row(USIN_EURE, 2023, 0, 21, 3, 14, List.of(cap(9, 8), bacPro(4, 3)), 4, 6, 1, 1),
            row(USIN_EURE, 2024, 1, 20, 3, 16, List.of(cap(10, 10), bacPro(3, 3)), 4, 7, 2, 0),
            row(VALOGNES, 2022, 0, 14, 2, 10, List.of(cap(7, 6)), 3, 4, 0, 0),
            row(VALOGNES, 2023, 1, 13, 2, 11, List.of(cap(8, 7)), 3, 4, 1, 0),
            row(VALOGNES, 2024, 0, 15, 1, 12, List.of(cap(7, 7), titrePro(2, 2)), 2, 5, 1, 0),
            row(SEMEURS, 2022, 0, 10, 1, 8, List.of(cap(5, 4)), 2, 2, 1, 0),
            row(SEMEURS, 2023, 1, 10, 1, 9, List.of(cap(6, 5)), 2, 3, 0, 1),
            row(SEMEURS, 2024, 0, 11, 1, 9, List.of(cap(6, 6)), 2, 3, 1, 0),
            row(CAEN, 2022, 1, 12, 1, 9, List.of(cap(6, 5)), 2, 3, 1, 0),
            row(CAEN, 2023, 0, 15, 1, 11, List.of(cap(7, 6)), 2, 4, 1, 0),
            row(CAEN, 2024, 1, 14, 1, 12, List.of(cap(8, 7)), 3, 4, 0, 1),
            row(FLERS, 2023, 1, 11, 0, 9, List.of(), 1, 1, 0, 1),
            row(FLERS, 2024, 0, 14, 2, 12, List.of(titrePro(6, 5)), 2, 3, 1, 0));

    @Inject
    Schools schools;

    /** Records the rows for the demonstration schools found by name, unless some school already has results. */
    public void loadIfNone() {
        if (!schools.allResults().isEmpty()) {
            return;
        }
        List<School> all = schools.all();
        List<Row> recorded = new ArrayList<>();
        for (Row row : ROWS) {
            all.stream().filter(s -> s.name().equals(row.school())).findFirst().ifPresent(school -> {
                schools.recordResults(DEMO, school.id(), row.results());
                recorded.add(row);
            });
        }
        LOG.info(() -> "Résultats de démonstration (inventés) enregistrés : " + recorded.size() + " années scolaires.");
    }

    private static Row row(String school, int year, int under16, int from16To18, int over18, int referred,
                           List<DiplomaResults> diplomas, int job, int workStudy, int furtherStudy, int other) {
        return new Row(school, new YearlyResults(year, under16, from16To18, over18, null, referred, diplomas, null,
                job, workStudy, furtherStudy, other));
    }

    private static DiplomaResults cap(int presented, int passed) {
        return new DiplomaResults(Diploma.CAP, presented, passed);
    }

    private static DiplomaResults bacPro(int presented, int passed) {
        return new DiplomaResults(Diploma.BAC_PRO, presented, passed);
    }

    private static DiplomaResults titrePro(int presented, int passed) {
        return new DiplomaResults(Diploma.TITRE_PRO, presented, passed);
    }
}
