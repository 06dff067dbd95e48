package fr.normandie.ecoles.app.exports;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Coverage;
import fr.normandie.ecoles.schools.CoverageStatus;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import fr.normandie.ecoles.schools.SchoolResults;
import fr.normandie.ecoles.schools.Table;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.Target;
import fr.normandie.ecoles.schools.YearlyResults;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The tables people download: projects, schools, yearly results, coverage; French headers and values. */
@ApplicationScoped
public class Exports {

    /** What can be exported, by its name in the download's address. */
    public enum Dataset { projects, schools, results, coverage;

        public static Optional<Dataset> of(String name) {
            return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
        }
    }

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Schools schools;

    @Inject
    Coverage coverage;

    public Table table(Dataset dataset, Target target, LocalDate asOf) {
        return switch (dataset) {
            case projects -> projects();
            case schools -> schools();
            case results -> results();
            case coverage -> coverage(target, asOf);
        };
    }

    private Table projects() {
        return new Table("Projets", List.of("Identifiant", "Nom", "Porteur", "Forme juridique", "SIREN du porteur",
                "Département", "Commune", "Intercommunalité", "Métiers", "Diplômes", "Capacité", "Ouverture prévue",
                "Statut", "Étapes en cours", "Enregistré le", "Enregistré par", "Motif de fin"),
                lifecycle.list(null, null).stream().map(Exports::projectRow).toList());
    }

    private static List<Object> projectRow(ProjectView view) {
        ProjectSummary p = view.project();
        return Arrays.asList(p.id().toString(), p.name(), p.carrier(), p.carrierLegalForm(), p.carrierSiren(),
                p.departmentCode(), p.communeName(), p.epciName(), String.join(", ", p.trades()),
                String.join(", ", p.diplomas().stream().map(Enum::name).toList()), p.capacity(),
                p.plannedOpening(), statusLabel(p.status()), String.join(", ", view.currentSteps()),
                p.registeredAt().atZone(Clock.REGION).toLocalDate(), p.registeredBy(),
                p.endReason());
    }

    private Table schools() {
        return new Table("Écoles", List.of("Nom", "Porteur", "Département", "Commune", "Métiers", "Ouverte le",
                "Capacité", "Reconnue par l'État le", "Référence de l'arrêté"),
                schools.all().stream().map(s -> Arrays.<Object>asList(s.name(), s.carrier(), s.departmentCode(),
                        s.communeCode(), String.join(", ", s.trades()), s.openedOn(), s.capacity(), s.recognisedOn(),
                        s.recognitionReference())).toList());
    }

    private Table results() {
        return new Table("Résultats", List.of("École", "Département", "Année scolaire", "Élèves", "Diplômés",
                "Sortants en emploi", "Sortants en poursuite d'études", "Sortants en apprentissage ou autre alternance",
                "Autres sortants", "Taux d'insertion (%)", "Élèves de moins de 16 ans", "Élèves de 16 à 18 ans",
                "Élèves de plus de 18 ans", "Orientés par une Mission Locale", "Présentés au CAP", "Reçus au CAP",
                "Présentés au Bac pro", "Reçus au Bac pro", "Présentés au titre professionnel",
                "Reçus au titre professionnel"),
                schools.allResults().stream().map(Exports::resultRow).toList());
    }

    /** The first columns as they always were; the details added for the CREFOP's indicators after them. */
    private static List<Object> resultRow(SchoolResults row) {
        YearlyResults r = row.results();
        List<Object> cells = new java.util.ArrayList<>(Arrays.asList(row.schoolName(), row.departmentCode(),
                r.schoolYear() + "-" + (r.schoolYear() + 1), r.pupils(), r.diplomasPassed(), r.leaversJob(),
                r.leaversFurtherStudy(), r.leaversApprenticeship(), r.leaversOther(), r.insertionRate(),
                r.pupilsUnder16(), r.pupils16To18(), r.pupilsOver18(), r.referredByMissionLocale()));
        for (Diploma diploma : Diploma.values()) {
            Optional<DiplomaResults> of = r.diplomas().stream().filter(d -> d.diploma() == diploma).findFirst();
            cells.add(of.map(DiplomaResults::presented).orElse(null));
            cells.add(of.map(DiplomaResults::passed).orElse(null));
        }
        return cells;
    }

    private Table coverage(Target target, LocalDate asOf) {
        return new Table("Couverture", List.of("Code", "Département", "Écoles ouvertes", "Première ouverture",
                "Objectif atteint le", "Projets attendus à temps", "Statut", "Objectif", "Échéance", "À la date du"),
                coverage.coverage(target, asOf).stream().map(c -> coverageRow(c, target, asOf)).toList());
    }

    private static List<Object> coverageRow(DepartmentCoverage c, Target target, LocalDate asOf) {
        return Arrays.asList(c.code(), c.name(), c.openSchools(), c.firstOpenedOn(), c.metOn(),
                c.projectsExpectedInTime(), coverageLabel(c.status()), target.name(), target.deadline(), asOf);
    }

    static String statusLabel(ProjectStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "En cours";
            case OPEN -> "Ouverte";
            case CLOSED -> "Clos";
            case ABANDONED -> "Abandonné";
        };
    }

    static String coverageLabel(CoverageStatus status) {
        return switch (status) {
            case MET -> "Atteint";
            case MISSED -> "Manqué";
            case ON_TRACK -> "En bonne voie";
            case AT_RISK -> "À risque";
        };
    }
}
