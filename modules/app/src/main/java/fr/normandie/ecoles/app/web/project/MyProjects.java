package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * "Mes projets": the projects whose officer is the signed-in person, or someone they stand in for today. The page
 * shows them with the project list's columns ({@link ProjectsList} names the steps and departments).
 */
@Named
@RequestScoped
public class MyProjects {

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    CurrentUser user;

    private List<ProjectView> rows;

    public List<ProjectView> getRows() {
        if (rows == null) {
            rows = lifecycle.mine(user.caller());
        }
        return rows;
    }
}
