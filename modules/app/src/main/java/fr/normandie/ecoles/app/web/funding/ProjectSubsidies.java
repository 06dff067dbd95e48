package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.app.web.project.ProjectPage;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A project's subsidy decisions, for the project's page. */
@Named
@RequestScoped
public class ProjectSubsidies {

    @Inject
    SubsidyDecisions decisions;

    @Inject
    ProjectPage page;

    private List<SubsidySummary> list;

    public List<SubsidySummary> getList() {
        if (list == null) {
            list = decisions.list(page.projectId(), null);
        }
        return list;
    }
}
