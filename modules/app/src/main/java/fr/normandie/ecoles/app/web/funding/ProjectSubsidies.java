package fr.normandie.ecoles.app.web.funding;

import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidySummary;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** A project's subsidy decisions, for the project's page ({@code ?id=}). */
@Named
@RequestScoped
public class ProjectSubsidies {

    @Inject
    SubsidyDecisions decisions;

    private List<SubsidySummary> list;

    public List<SubsidySummary> getList() {
        if (list == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            list = decisions.list(ProjectId.parse(id), null);
        }
        return list;
    }
}
