package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.app.security.StartupAccounts;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Backer;
import fr.normandie.ecoles.schools.BackerKind;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import fr.normandie.ecoles.workflow.TaskFilter;
import fr.normandie.ecoles.workflow.TaskView;
import fr.normandie.ecoles.workflow.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The carriers' portal's demonstration (issue 16): the account {@code porteur} (password {@code demo}) acting for
 * Education et Formation, which carries two open schools (Petit-Quevilly and Usin'Eure) and, here, a third project in
 * the Eure, at Vernon, whose territorial backing is done and whose opportunity study is open. The project is in
 * progress, so the coverage of the departments is unchanged (Orne still misses the 2021 target).
 */
@ApplicationScoped
public class DemoPortal {

    static final String ACCOUNT = "porteur";
    private static final Caller DEMO = new Caller("demo", Set.of(Role.STAFF));

    @Inject
    Schools schools;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Tasks tasks;

    @Inject
    Steps steps;

    @Inject
    StartupAccounts accounts;

    @Inject
    Clock clock;

    public void load() {
        // the carrier by its record (Usin'Eure's), as "Nouveau projet" offers the known carriers
        UUID carrier = schools.all().stream().filter(school -> school.name().equals("Usin'Eure")).findFirst()
                .orElseThrow().carrierId();
        ProjectSummary project = lifecycle.register(new ProjectRegistration("École de production de Vernon", null,
                "27", "27681", List.of("Chaudronnerie"), 16, clock.today().plusYears(2).withMonth(9).withDayOfMonth(1),
                null, null, null, null, null, carrier), DEMO).project();
        TaskView backing = tasks.list(DEMO, new TaskFilter(null, null, project.id().toString()), 0, 1).get(0);
        Step step = steps.ofKey(backing.step()).orElseThrow();
        tasks.complete(backing.id(), DEMO, step.formType().cast(new TerritorialBackingForm(List.of(
                new Backer("Commune de Vernon", BackerKind.COMMUNE),
                new Backer("UIMM Eure", BackerKind.BRANCH)), true)));
        accounts.openDemoCarrierAccount(ACCOUNT, "Porteur de démonstration (Education et Formation)",
                project.carrierId());
    }
}
