package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.audits.ActionForm;
import fr.normandie.ecoles.audits.CriteriaCatalogue;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.FindingForm;
import fr.normandie.ecoles.audits.LabelAuditForm;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.audits.Verdict;
import fr.normandie.ecoles.funding.BudgetForm;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Budgets;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.schools.Backer;
import fr.normandie.ecoles.schools.BackerKind;
import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.SchoolRegistration;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.StudyConclusion;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads, once, on the embedded default only: the écoles de production of Normandie with their real
 * opening dates (shared/DOMAIN.md), and five projects at different steps in different departments (the fifth the
 * demonstration carrier's, {@link DemoPortal}),
 * taken there through the same workflow as any project. With them the 2019 target shows Orne missed
 * and the four other departments met. The Region's budget envelopes of 1.5 M€ for 2019, 2020 and 2021,
 * the years of its policy, and one for the current year, so that subsidies can be granted.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final Caller DEMO = new Caller("demo", Role.region());
    /** The criterion of the follow-up booklet, which the demonstration audit finds partly met. */
    private static final String PARTIAL = "PEDA-4";

    @Inject
    Schools schools;

    @Inject
    Steps steps;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Tasks tasks;

    @Inject
    CriteriaCatalogue catalogue;

    @Inject
    Envelopes envelopes;

    @Inject
    DemoNotifications notifications;

    @Inject
    DemoCarriers demoCarriers;

    @Inject
    DemoLabels labels;

    @Inject
    DemoResults demoResults;

    @Inject
    Budgets budgets;

    @Inject
    DemoGrants demoGrants;

    @Inject
    DemoOfficers demoOfficers;

    @Inject
    DemoPortal demoPortal;

    public void loadIfEmpty() {
        if (schools.all().isEmpty() && lifecycle.list(null, null).isEmpty()) {
            notifications.giveAddresses();
            demoCarriers.load();
            registerSchools();
            labels.load();
            registerProjects();
            demoOfficers.load(); // ownership: demonstration data of the ownership area (issue 15)
            demoPortal.load(); // carriers: scope (issue 16): the demonstration carrier's account and its project
            LOG.info("Données de démonstration chargées : 6 écoles, 5 projets en cours.");
        }
        // a demonstration database older than the envelopes gets them too
        if (envelopes.all().isEmpty()) {
            openEnvelopes();
            LOG.info("Enveloppes de démonstration ouvertes : 1,5 M€ pour 2019, 2020, 2021 et l'année en cours.");
        }
        demoResults.loadIfNone(); // results: demonstration data of the results area (issue 14)
        demoGrants.loadIfEmpty();
    }

    private void registerSchools() {
        school("École de production de Petit-Quevilly", "76", "76498", "Métiers de la restauration", LocalDate.of(2014, 9, 1), 24);
        school("Usin'Eure", "27", "27229", "Usinage", LocalDate.of(2018, 10, 1), 24);
        school("École d'usinage du Cotentin", "50", "50615", "Usinage", LocalDate.of(2020, 1, 6), 16);
        school("École des Semeurs", "27", "27049", "Maraîchage", LocalDate.of(2020, 9, 1), 12);
        school("École de production de Caen", "14", "14118", "Construction bois", LocalDate.of(2021, 9, 1), 16);
        school("École de production de Flers", "61", "61169", "Production industrielle", LocalDate.of(2023, 9, 1), 16);
    }

    private void school(String name, String department, String commune, String trade, LocalDate openedOn, int capacity) {
        // by the carrier's id, not its name: the name's path (find, else create in a transaction of its own) is for
        // people registering; the demonstration knows the records it created
        schools.register(new SchoolRegistration(name, demoCarriers.carrierOf(name), department, commune, List.of(trade),
                openedOn, capacity, demoCarriers.carrierIdOf(name)), DEMO);
    }

    /** 1.5 M€ a year: 500 k€ of investment and 1 M€ of operating aid, each with equal AE and CP. */
    private void openEnvelopes() {
        BudgetForm investment = new BudgetForm(new BigDecimal("500000"), new BigDecimal("500000"));
        BudgetForm operating = new BudgetForm(new BigDecimal("1000000"), new BigDecimal("1000000"));
        for (int year : List.of(2019, 2020, 2021, LocalDate.now().getYear())) {
            budgets.set(year, BudgetKind.INVESTMENT, investment, DEMO);
            budgets.set(year, BudgetKind.OPERATING, operating, DEMO);
        }
    }

    private void registerProjects() {
        project("École de production du Pays de L'Aigle", "61", "61214", "Maintenance industrielle", 0);
        project("École de production de Cherbourg", "50", "50129", "Chaudronnerie", 1);
        project("École de production du Bessin", "14", "14047", "Menuiserie", 3);
        project("École de production de Rouen", "76", "76540", "Mécanique automobile", 4);
    }

    /**
     * A label granted after a full inspection against the current criteria: one criterion partially met,
     * a minor non-conformity whose corrective action is open.
     */
    private LabelAuditForm labelAudit() {
        LocalDate auditedOn = LocalDate.now().minusDays(7);
        List<CriterionVerdict> verdicts = catalogue.current().criteria()
                .map(c -> new CriterionVerdict(c.code(), c.code().equals(PARTIAL) ? Verdict.PARTIALLY_COMPLIANT
                        : Verdict.COMPLIANT, null, null))
                .toList();
        FindingForm finding = new FindingForm(Severity.MINOR, PARTIAL,
                "Livrets de suivi incomplets pour deux élèves sur trois.",
                List.of(new ActionForm("Mettre à jour les livrets de suivi chaque semaine", "Directeur de l'école",
                        auditedOn.plusMonths(4))));
        return new LabelAuditForm(LabelOutcome.LABELLED, auditedOn, null, "Atelier de l'école",
                List.of("Auditeur FNEP"), verdicts, List.of(finding), List.of(),
                "Projet conforme aux fondamentaux du label.");
    }

    /** Registers a project and completes its first {@code stepsDone} steps. */
    private void project(String name, String department, String commune, String trade, int stepsDone) {
        ProjectId id = lifecycle.register(new ProjectRegistration(name, "Association " + name, department, commune,
                List.of(trade), 12, LocalDate.now().plusYears(1).withMonth(9).withDayOfMonth(1)), DEMO).project().id();
        List<Object> forms = List.of(
                new TerritorialBackingForm(List.of(new Backer("Commune", BackerKind.COMMUNE),
                        new Backer("UIMM Normandie", BackerKind.BRANCH)), true),
                new OpportunityStudyForm(StudyConclusion.FAVOURABLE, List.of("Entreprise partenaire"),
                        "Besoins de recrutement avérés dans le bassin d'emploi."),
                new InsertionCommitmentForm(true, List.of("Entreprise partenaire"), 80),
                labelAudit());
        for (Object form : forms.subList(0, stepsDone)) {
            TaskView task = tasks.list(DEMO, new TaskFilter(null, null, id.toString()), 0, 1).get(0);
            Step step = steps.ofKey(task.step()).orElseThrow();
            tasks.complete(task.id(), DEMO, step.formType().cast(form));
        }
    }
}
