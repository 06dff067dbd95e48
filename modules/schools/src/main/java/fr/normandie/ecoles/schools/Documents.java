package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;
import java.util.List;
import java.util.UUID;

/**
 * The documents attached to a project, or to one of its steps, stored in the database in the transaction
 * of what they come with. Only PDF, PNG and JPEG images and office files are accepted, recognised from
 * their content, up to a configured size ({@code documents.max-size}, in bytes).
 */
public interface Documents {

    /** The largest document accepted, in bytes. */
    long maxSize();

    /**
     * Checks the file and stores it with the project, and with the step when {@code step} is given: the
     * people who work on projects ({@link fr.normandie.ecoles.kernel.Role#working()}) send documents, and a
     * carrier's account to the projects its carrier carries.
     *
     * @throws DocumentTooLargeException   beyond {@link #maxSize()}
     * @throws UnsupportedDocumentException when the content is of no accepted type, whatever its name
     * @throws InvalidInputException        for an empty file or a title too long
     * @throws UnknownProjectException      when there is no such project, or the caller's carrier does not carry it
     */
    default Document attach(ProjectId project, String step, Attachment attachment, Caller caller) {
        return attach(project, step, null, attachment, caller);
    }

    /**
     * As {@link #attach(ProjectId, String, Attachment, Caller)}, the document answering an expected document of
     * a step ({@link RequiredDocuments}): it then belongs to that item's step. The project is checked against the
     * caller before the file is read, so that another carrier's project is refused as not found whatever is sent.
     *
     * @param requirement the expected document's id, or null
     * @throws InvalidInputException for an unknown expected document, or one of another step than {@code step}
     */
    Document attach(ProjectId project, String step, String requirement, Attachment attachment, Caller caller);

    /** The project's documents, oldest first. */
    List<Document> list(ProjectId project);

    /** @throws UnknownDocumentException when the project has no such document */
    DocumentFile file(ProjectId project, UUID documentId);

    /**
     * {@link #list(ProjectId)} for a caller who may see the project ({@link Projects#find(ProjectId, Caller)}).
     *
     * @throws UnknownProjectException when there is no such project, or it is another carrier's
     */
    List<Document> list(ProjectId project, Caller caller);

    /**
     * {@link #file(ProjectId, UUID)} for a caller who may see the project.
     *
     * @throws UnknownProjectException when there is no such project, or it is another carrier's
     */
    DocumentFile file(ProjectId project, UUID documentId, Caller caller);
}
