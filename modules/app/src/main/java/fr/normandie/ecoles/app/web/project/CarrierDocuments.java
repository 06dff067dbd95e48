package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.ExpectedDocument;
import fr.normandie.ecoles.schools.FileSize;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.schools.StepDocuments;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The carrier's documents page ({@code /carrier/documents.xhtml?project=}, issue 16): for each step of its project
 * that expects documents, each one with what the carrier sent for it or that it is missing, and a form per item to
 * send it. Another carrier's project, or none, is answered as not found (the module's check, not the page's).
 */
@Named
@ViewScoped
public class CarrierDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step of the project with its label, for the page. */
    public record StepRow(Step step, StepDocuments documents) {
    }

    @Inject
    RequiredDocuments requiredDocuments;

    @Inject
    Documents documents;

    @Inject
    Projects projects;

    @Inject
    Steps steps;

    @Inject
    CurrentUser user;

    private ProjectId project;
    private String projectName;
    private List<StepRow> rows;
    private String refusal;
    private transient Part file;

    @PostConstruct
    void open() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object limit = external.getSessionMap().remove(ProjectDocuments.REFUSED_UPLOAD);
        if (limit instanceof Long bytes) {
            refusal = Texts.get("documents.refused", FileSize.inFrench(bytes));
        }
        try {
            project = ProjectId.parse(external.getRequestParameterMap().get("project"));
            load();
        } catch (UnknownProjectException | NullPointerException e) {
            NotFound.answer();
        }
    }

    /** The checklist first: it refuses another carrier's project before the project's name is read. */
    private void load() {
        Map<String, StepDocuments> byStep = requiredDocuments.checklist(project, user.caller()).stream()
                .collect(Collectors.toMap(StepDocuments::step, Function.identity()));
        projectName = projects.find(project).orElseThrow(() -> new UnknownProjectException(project.toString())).name();
        rows = steps.of(Step.Process.OPENING).stream().filter(s -> byStep.containsKey(s.key()))
                .map(s -> new StepRow(s, byStep.get(s.key()))).toList();
    }

    public String getProjectId() {
        return project == null ? null : project.toString();
    }

    public String getIntro() {
        return Texts.get("carrierDocuments.intro", projectName, FileSize.inFrench(documents.maxSize()));
    }

    public List<StepRow> getSteps() {
        return rows;
    }

    /** The mandatory documents missing, each with its step, for the summary at the top of the page. */
    public List<String> getMissing() {
        return rows.stream().flatMap(row -> row.documents().missing().stream()
                .map(item -> Texts.get("carrierDocuments.missingItem", item.label(), row.step().label()))).toList();
    }

    /** The refusal of an upload too large to be read (PageUploadLimit), shown once at the top of the page. */
    public String getRefusal() {
        return refusal;
    }

    public String fileLabel(ExpectedDocument item) {
        return Texts.get("carrierDocuments.file", item.requirement().label());
    }

    public String size(fr.normandie.ecoles.schools.Document document) {
        return FileSize.inFrench(document.size());
    }

    /**
     * Sends the file chosen in the item's form; a refusal (empty, too large, of no accepted type) is shown next to
     * that form's field.
     *
     * @param stepIndex the step's row and {@code itemIndex} the item's, which name the item's form
     *                  ({@code steps:0:items:1:upload})
     */
    public String upload(ExpectedDocument item, int stepIndex, int itemIndex) {
        String formId = "steps:" + stepIndex + ":items:" + itemIndex + ":upload";
        refusal = null;
        Part sent = file;
        file = null;
        if (ProjectDocuments.refusedBeforeSending(formId, sent, documents.maxSize())) {
            return null;
        }
        return FormErrors.submit(formId, () -> documents.attach(project, null, item.requirement().id().toString(),
                        new Attachment(ProjectDocuments.fileName(sent), null, ProjectDocuments.content(sent)), user.caller()))
                .map(added -> {
                    FormErrors.info(Texts.get("carrierDocuments.added", added.name(), item.requirement().label()));
                    return "/carrier/documents.xhtml?faces-redirect=true&project=" + project;
                }).orElse(null);
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
