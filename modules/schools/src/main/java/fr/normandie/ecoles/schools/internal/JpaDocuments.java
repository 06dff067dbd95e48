package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Attachment;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.DocumentFile;
import fr.normandie.ecoles.schools.DocumentTooLargeException;
import fr.normandie.ecoles.schools.DocumentType;
import fr.normandie.ecoles.schools.Documents;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.RequiredDocument;
import fr.normandie.ecoles.schools.UnknownDocumentException;
import fr.normandie.ecoles.schools.UnsupportedDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaDocuments implements Documents {

    private static final int MAX_TITLE = 200;
    /** Who sends documents: the people who work on projects, and a carrier to the projects it carries. */
    private static final Role[] SENDERS = Stream.concat(Arrays.stream(Role.working()), Stream.of(Role.CARRIER))
            .toArray(Role[]::new);

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    Clock clock;

    @Inject
    JpaRequiredDocuments requiredDocuments;

    @Inject
    @ConfigProperty(name = "documents.max-size", defaultValue = "10485760")
    long maxSize;

    @Override
    public long maxSize() {
        return maxSize;
    }

    @Override
    @Transactional
    public Document attach(ProjectId project, String step, String requirement, Attachment attachment, Caller caller) {
        caller.requireAny("Seuls les chargés de mission, les auditeurs FNEP, les chargés de financement et le porteur "
                + "du projet peuvent joindre un document à un projet.", SENDERS);
        requiredDocuments.carrierSeenBy(project, caller);
        RequiredDocument answered = requirement == null ? null : requiredDocuments.item(requirement)
                .orElseThrow(() -> new InvalidInputException("requirement", "Ce document attendu n'existe pas (ou plus) : "
                        + "rechargez la page."));
        if (answered != null && step != null && !step.equals(answered.step())) {
            throw new InvalidInputException("step", "Le document attendu « " + answered.label()
                    + " » est celui d'une autre étape.");
        }
        String name = FileName.clean(attachment.fileName());
        byte[] content = attachment.content();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "Le document « " + name + " » est vide.");
        }
        if (content.length > maxSize) {
            throw new DocumentTooLargeException(name, maxSize);
        }
        DocumentType type = type(name, content);
        String title = FreeText.optional(attachment.title());
        if (title != null && title.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "Le titre ne doit pas dépasser " + MAX_TITLE + " caractères.");
        }
        DocumentEntity document = new DocumentEntity(project, answered == null ? step : answered.step(),
                type.fileNameFor(name), title, type, content.length, sha256(content), caller.name(), clock.now(),
                answered == null ? null : answered.id());
        em.persist(document);
        em.persist(new DocumentContentEntity(document, content.clone()));
        return document.toDocument();
    }

    @Override
    public List<Document> list(ProjectId project) {
        return projects.rowsOf(project, "DocumentEntity.ofProject", DocumentEntity.class, DocumentEntity::toDocument);
    }

    @Override
    public DocumentFile file(ProjectId project, UUID documentId) {
        return em.createNamedQuery("DocumentContentEntity.ofDocument", DocumentContentEntity.class)
                .setParameter("document", documentId)
                .setParameter("project", project.value())
                .getResultStream().findFirst()
                .map(found -> new DocumentFile(found.document().toDocument(), found.content()))
                .orElseThrow(() -> new UnknownDocumentException(project, documentId.toString()));
    }

    @Override
    public List<Document> list(ProjectId project, Caller caller) {
        projects.requireSeenBy(project, caller);
        return list(project);
    }

    @Override
    public DocumentFile file(ProjectId project, UUID documentId, Caller caller) {
        projects.requireSeenBy(project, caller);
        return file(project, documentId);
    }

    private static DocumentType type(String name, byte[] content) {
        try {
            return ContentSniffer.detect(content).orElseThrow(() -> new UnsupportedDocumentException(name));
        } catch (OfficeArchive.ExpandsTooMuchException e) {
            throw UnsupportedDocumentException.expandsTooMuch(name);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
