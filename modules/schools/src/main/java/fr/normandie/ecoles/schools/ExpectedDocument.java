package fr.normandie.ecoles.schools;

import java.util.List;

/** An expected document of a project's step, with the documents of the project's file that answer it (oldest first). */
public record ExpectedDocument(RequiredDocument requirement, List<Document> documents) {

    public boolean present() {
        return !documents.isEmpty();
    }

    /** A mandatory document nobody has sent yet: the step cannot be completed while it is. */
    public boolean missing() {
        return requirement.mandatory() && documents.isEmpty();
    }
}
