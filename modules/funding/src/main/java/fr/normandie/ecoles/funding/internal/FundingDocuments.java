package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.ExportFormat;
import fr.normandie.ecoles.funding.FileContent;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidyDocuments;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidySummary;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Table;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.UnknownProjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class FundingDocuments implements SubsidyDocuments {

    static final ZoneId REGION = Clock.REGION;
    static final String PDF = "application/pdf";

    @Inject
    SubsidyDecisions decisions;

    @Inject
    Envelopes envelopes;

    @Inject
    Projects projects;

    @Override
    public FileContent letter(SubsidyId id) {
        Subsidy subsidy = decisions.find(id);
        ProjectSummary project = project(ProjectId.parse(subsidy.projectId()));
        return new FileContent("notification-subvention-" + id + ".pdf", PDF,
                NotificationLetter.render(subsidy, project, LocalDate.now(REGION)));
    }

    @Override
    public FileContent envelopeExport(int year, ExportFormat format) {
        return file("enveloppe-" + year, format, FundingTables.envelope(envelopes.detail(year)));
    }

    @Override
    public FileContent projectExport(ProjectId id, ExportFormat format) {
        project(id);
        List<Subsidy> subsidies = decisions.list(id, null).stream().map(SubsidySummary::id).map(SubsidyId::parse)
                .map(decisions::find).toList();
        return file("subventions-" + id, format, FundingTables.project(subsidies));
    }

    private ProjectSummary project(ProjectId id) {
        return projects.find(id).orElseThrow(() -> new UnknownProjectException(id.toString()));
    }

    static FileContent file(String name, ExportFormat format, Table table) {
        return new FileContent(name + "." + format.extension(), format.mediaType(), format.render(table));
    }
}
