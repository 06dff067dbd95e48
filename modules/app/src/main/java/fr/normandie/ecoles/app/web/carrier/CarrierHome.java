package fr.normandie.ecoles.app.web.carrier;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectStanding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A carrier's home ({@code /carrier/projects.xhtml}): its own carrier's projects, newest first, with where each
 * stands (status, the step open now and its due date), and the schools it carries.
 */
@Named
@RequestScoped
public class CarrierHome {

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    Schools schools;

    @Inject
    CurrentUser user;

    private List<ProjectStanding> projects;
    private List<School> carried;

    public List<ProjectStanding> getProjects() {
        if (projects == null) {
            projects = lifecycle.standings(user.caller());
        }
        return projects;
    }

    public List<School> getSchools() {
        if (carried == null) {
            carried = schools.all(user.caller());
        }
        return carried;
    }
}
