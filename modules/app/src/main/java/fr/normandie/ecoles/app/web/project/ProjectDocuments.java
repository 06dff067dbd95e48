package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.FileSize;
import fr.normandie.ecoles.schools.RequiredDocument;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Step;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The documents of the project shown on its page: the list (each one downloaded through the API, which
 * the signed-in session may read) and the upload form, for a step of the process or the project as a whole.
 */
@Named
@ViewScoped
public class ProjectDocuments implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "documents";
    static final String FILE_FIELD = "file";
    /** Set in the session by {@link PageUploadLimit} (the limit, in bytes) for the page shown after a refusal. */
    static final String REFUSED_UPLOAD = ProjectDocuments.class.getName() + ".refused";

    @Inject
    ProjectPage page;

    @Inject
    Steps steps;

    @Inject
    Documents documents;

    @Inject
    CurrentUser user;

    @Inject
    RequiredDocuments requiredDocuments;

    private transient Part file;
    private String step;
    private String title;
    /** The expected document the file answers (issue 16, docs), its id; empty when none. */
    private String requirement;
    private List<Document> listed;
    private List<CarrierDocuments.StepRow> expected;
    private String refusal;

    /** Picks up an upload refused before it reached the page ({@link PageUploadLimit}), to say it once. */
    @PostConstruct
    void open() {
        Object limit = FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(REFUSED_UPLOAD);
        if (limit instanceof Long bytes) {
            refusal = Texts.get("documents.refused", FileSize.inFrench(bytes));
        }
    }

    /** The refusal of the last upload when it was refused before the page could read it, else null. */
    public String getRefusal() {
        return refusal;
    }

    public List<Document> getList() {
        if (listed == null) {
            listed = documents.list(page.projectId());
        }
        return listed;
    }

    /** Staff, auditors and funding officers add documents; everyone who opens the page reads them. */
    public boolean isUploadAllowed() {
        return Arrays.stream(Role.working()).anyMatch(user::has);
    }

    /** Stores the file; a file refused (too large, of no accepted type, empty) is said next to the field. */
    public String upload() {
        refusal = null;
        Part sent = file;
        file = null; // a Part lives for its request only: the next submit must choose its own file
        if (refusedBeforeSending(FORM, FILE_FIELD, sent, documents.maxSize())) {
            return null;
        }
        return FormErrors.submit(FORM, () -> documents.attach(page.projectId(), FreeText.optional(step),
                        FreeText.optional(requirement), new Attachment(fileName(sent), FreeText.optional(title), content(sent)), user.caller()))
                .map(added -> {
                    FormErrors.info(Texts.get("documents.added", added.name()));
                    return page.reload();
                }).orElse(null);
    }

    /**
     * The documents expected of the steps open now (issue 16, docs), each with what answers it and what is missing;
     * whether a missing one stops the step is said once ({@link #isEnforced()}).
     */
    public List<CarrierDocuments.StepRow> getExpected() {
        if (expected == null) {
            List<String> open = page.getView().currentSteps();
            expected = requiredDocuments.checklist(page.projectId(), user.caller()).stream()
                    .filter(step -> open.contains(step.step()) && !step.expected().isEmpty())
                    .flatMap(step -> steps.ofKey(step.step()).map(s -> new CarrierDocuments.StepRow(s, step)).stream())
                    .toList();
        }
        return expected;
    }

    /** Whether the project's carrier files online, so that a missing mandatory document stops its step. */
    public boolean isEnforced() {
        return getExpected().stream().anyMatch(row -> row.documents().enforced());
    }

    /** Every expected document of the opening's steps, for the upload form's choice: its id and "step — label". */
    public List<RequiredDocument> getRequirements() {
        var all = requiredDocuments.all();
        return steps.of(Step.Process.OPENING).stream()
                .flatMap(s -> all.getOrDefault(s.key(), List.of()).stream()).toList();
    }

    public String requirementLabel(RequiredDocument item) {
        return page.stepLabel(item.step()) + " — " + item.label();
    }

    public String missingOf(String stepLabel) {
        return Texts.get("projectDocuments.missingOf", stepLabel);
    }

    public String nothingMissing(String stepLabel) {
        return Texts.get("projectDocuments.nothingMissing", stepLabel);
    }

    /** The steps a project's document may belong to, in the order of the processes (a grant's are not a project's). */
    public List<Step> getSteps() {
        return steps.all().stream().filter(s -> s.process() != Step.Process.GRANT).toList();
    }

    public String stepLabel(String key) {
        return key == null ? Texts.get("documents.wholeProject") : page.stepLabel(key);
    }

    /** The document's size in French ({@code 1,2 Mo}). */
    public String size(Document document) {
        return FileSize.inFrench(document.size());
    }

    /**
     * Refuses next to the form's file field a file not chosen, or larger than the module takes, before it is read:
     * true when refused.
     */
    static boolean refusedBeforeSending(String formId, String field, Part sent, long maxSize) {
        if (sent == null || sent.getSize() == 0) {
            FormErrors.field(formId, field, Texts.get("documents.fileMissing"));
            return true;
        }
        if (sent.getSize() > maxSize) {
            FormErrors.field(formId, field, Texts.get("documents.tooLarge", FileSize.inFrench(maxSize)));
            return true;
        }
        return false;
    }

    static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "document" : name.replaceAll(".*[/\\\\]", "");
    }

    static byte[] content(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public String getTitle() { return title; }
    public String getRequirement() { return requirement; }
    public void setRequirement(String requirement) { this.requirement = requirement; }
    public void setTitle(String title) { this.title = title; }
}
