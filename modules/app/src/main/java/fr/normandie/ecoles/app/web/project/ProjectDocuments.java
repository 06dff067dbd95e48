package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.FileSize;
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

    private transient Part file;
    private String step;
    private String title;
    private List<Document> listed;
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
        if (sent == null || sent.getSize() == 0) {
            FormErrors.field(FORM, FILE_FIELD, Texts.get("documents.fileMissing"));
            return null;
        }
        if (sent.getSize() > documents.maxSize()) {
            FormErrors.field(FORM, FILE_FIELD, Texts.get("documents.tooLarge", FileSize.inFrench(documents.maxSize())));
            return null;
        }
        return FormErrors.submit(FORM, () -> documents.attach(page.projectId(), FreeText.optional(step),
                        new Attachment(fileName(sent), FreeText.optional(title), content(sent)), user.caller()))
                .map(added -> {
                    FormErrors.info(Texts.get("documents.added", added.name()));
                    return page.reload();
                }).orElse(null);
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

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "document" : name.replaceAll(".*[/\\\\]", "");
    }

    private static byte[] content(Part part) {
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
    public void setTitle(String title) { this.title = title; }
}
