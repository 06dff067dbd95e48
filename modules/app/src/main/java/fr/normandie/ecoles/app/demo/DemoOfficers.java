package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;

/**
 * Ownership in the demonstration (issue 15): the demonstration's staff account is the officer of the projects in
 * progress (registered by the loader, whose name is no account) and of the Orne and the Manche, so that "Mes projets"
 * and the inbox's scopes show something at once.
 */
@ApplicationScoped
public class DemoOfficers {

    private static final Caller DEMO = new Caller("demo", EnumSet.of(Role.STAFF, Role.ADMIN));
    private static final String OFFICER = "staff";

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    ProjectOfficers officers;

    @Inject
    Colleagues colleagues;

    public void load() {
        if (colleagues.activeRoles(OFFICER).isEmpty()) {
            return;
        }
        for (String department : List.of("61", "50")) {
            officers.setDepartmentOfficers(department, List.of(OFFICER), DEMO);
        }
        lifecycle.list(null, ProjectStatus.IN_PROGRESS)
                .forEach(project -> lifecycle.changeOfficer(project.project().id(), OFFICER, DEMO));
    }
}
