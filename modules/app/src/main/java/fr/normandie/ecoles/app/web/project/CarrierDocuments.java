package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Refusal;
import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Document;
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
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The carrier's documents page ({@code /carrier/documents.xhtml?project=}, issue 16): for each step of its project
 * that expects documents, each one with what the carrier sent for it or that it is missing, and its file field and
 * button. One form holds them all: a form inside a repeat loses which row sent it (the repeat keeps one form
 * component for every row), and the file would not reach the bean. Another carrier's project, or none, is answered as not found (the module's check, not the page's).
 */
@Named
@ViewScoped
public class CarrierDocuments implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "documents";

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
    private transient Map<UUID, Part> files;

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
        } catch (UnknownProjectException e) {
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

    public String size(Document document) {
        return FileSize.inFrench(document.size());
    }

    /**
     * Sends every file chosen on the page, each answering its expected document (a file chosen for another item
     * before a button was pressed is not lost); each refusal (empty, too large, of no accepted type) is shown next
     * to its item's field. Nothing chosen at all is said next to the field of the button's item.
     *
     * @param stepIndex the row of the button's step and {@code itemIndex} of its item, which name its field
     */
    public String upload(int stepIndex, int itemIndex) {
        refusal = null;
        Map<UUID, Part> chosen = new HashMap<>(getFiles());
        files.clear(); // a Part lives for its request only
        boolean refused = false;
        int sent = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<ExpectedDocument> items = rows.get(i).documents().expected();
            for (int j = 0; j < items.size(); j++) {
                Part part = chosen.get(items.get(j).requirement().id());
                if (part != null && part.getSize() > 0) {
                    sent++;
                    refused |= !send(items.get(j), part, fieldOf(i, j));
                }
            }
        }
        if (sent == 0) {
            FormErrors.field(FORM, fieldOf(stepIndex, itemIndex), Texts.get("documents.fileMissing"));
            return null;
        }
        if (refused) {
            load();
            return null;
        }
        return "/carrier/documents.xhtml?faces-redirect=true&project=" + project;
    }

    /** Sends one file for its item; false, with the refusal next to its field, when the module refuses it. */
    private boolean send(ExpectedDocument item, Part part, String field) {
        if (ProjectDocuments.refusedBeforeSending(FORM, field, part, documents.maxSize())) {
            return false;
        }
        try {
            Document added = documents.attach(project, null, item.requirement().id().toString(),
                    new Attachment(ProjectDocuments.fileName(part), null, ProjectDocuments.content(part)), user.caller());
            FormErrors.info(Texts.get("carrierDocuments.added", added.name(), item.requirement().label()));
            return true;
        } catch (Refusal refusedByTheModule) {
            FormErrors.field(FORM, field, refusedByTheModule.getMessage());
            return false;
        }
    }

    private static String fieldOf(int stepIndex, int itemIndex) {
        return "steps:" + stepIndex + ":items:" + itemIndex + ":" + ProjectDocuments.FILE_FIELD;
    }

    /** The file chosen for each expected document, by its id: the page's file fields write here. */
    public Map<UUID, Part> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }
}
