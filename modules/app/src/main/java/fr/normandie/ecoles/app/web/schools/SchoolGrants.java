package fr.normandie.ecoles.app.web.schools;

import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidySummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The school's regional grants and what was paid of them. One method on purpose: the funding module is being
 * rebuilt, and this is the only place the school's page reads it.
 */
@Named
@RequestScoped
public class SchoolGrants {

    @Inject
    SubsidyDecisions decisions;

    @Inject
    SchoolPage page;

    /** The decisions for the project that opened the school (none for a school older than the software). */
    public List<SubsidySummary> getList() {
        return SchoolLabel.subject(page.getSchool()).map(project -> decisions.list(project, null)).orElse(List.of());
    }
}
