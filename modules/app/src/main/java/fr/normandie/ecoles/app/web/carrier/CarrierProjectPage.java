package fr.normandie.ecoles.app.web.carrier;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.RequestedId;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.FileSize;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.workflow.ProjectLifecycle;
import fr.normandie.ecoles.workflow.ProjectStanding;
import fr.normandie.ecoles.workflow.ProjectTimeline;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A project as its carrier follows it ({@code /carrier/project.xhtml?id=}): its registration, the steps done and
 * the one open with its due date, the timeline's entries a carrier sees, its documents. A project that is not the
 * carrier's own answers the 404 page, exactly like a missing one: the modules' reads scope by the caller.
 */
@Named("carrierProject")
@RequestScoped
public class CarrierProjectPage {

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    ProjectTimeline timeline;

    @Inject
    Documents documents;

    @Inject
    Steps steps;

    @Inject
    CurrentUser user;

    private ProjectStanding standing;
    private List<TimelineEntry> entries;
    private List<Document> files;

    @PostConstruct
    void open() {
        standing = RequestedId.current().map(ProjectId::new)
                .flatMap(id -> lifecycle.standing(id, user.caller())).orElse(null);
        if (standing == null) {
            NotFound.answer();
        }
    }

    public boolean isFound() {
        return standing != null;
    }

    public ProjectStanding getStanding() {
        return standing;
    }

    public List<TimelineEntry> getTimeline() {
        if (entries == null) {
            entries = timeline.of(standing.view().project().id(), user.caller());
        }
        return entries;
    }

    public List<Document> getDocuments() {
        if (files == null) {
            files = documents.list(standing.view().project().id(), user.caller());
        }
        return files;
    }

    public String stepLabel(String key) {
        return key == null ? null : steps.ofKey(key).map(Step::label).orElse(key);
    }

    /** The document's size in French ({@code 1,2 Mo}). */
    public String size(Document document) {
        return FileSize.inFrench(document.size());
    }
}
