package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.audits.HistoricalLabelForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.workflow.SchoolLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

/**
 * The day the FNEP last granted its label to each of the six schools of Normandie, recorded through the same path
 * as an auditor's (their re-audits start from it). The dates are demonstration data, invented but plausible (the
 * public sources give none): with the default three-year interval Usin'Eure's re-audit is due in March 2027 (its
 * reminder in December 2026) and Flers', labelled before its opening in 2023, is overdue, so its label has lapsed.
 */
@ApplicationScoped
public class DemoLabels {

    private static final Caller DEMO = new Caller("demo", Role.region());

    /** By school name, as {@link DemoData} registers them. */
    private static final Map<String, LocalDate> LABELLED_ON = Map.of(
            "École de production de Petit-Quevilly", LocalDate.of(2024, 6, 14),
            "Usin'Eure", LocalDate.of(2024, 3, 21),
            "École d'usinage du Cotentin", LocalDate.of(2024, 11, 28),
            "École des Semeurs", LocalDate.of(2024, 9, 12),
            "École de production de Caen", LocalDate.of(2024, 5, 30),
            "École de production de Flers", LocalDate.of(2023, 6, 15));

    @Inject
    Schools schools;

    @Inject
    SchoolLifecycle lifecycle;

    /** Records the label of each demonstration school that has none yet. */
    public void load() {
        for (School school : schools.all()) {
            LocalDate labelledOn = LABELLED_ON.get(school.name());
            if (labelledOn != null && school.projectId() == null) {
                lifecycle.recordHistoricalLabel(school.id(), new HistoricalLabelForm(labelledOn), DEMO);
            }
        }
    }
}
