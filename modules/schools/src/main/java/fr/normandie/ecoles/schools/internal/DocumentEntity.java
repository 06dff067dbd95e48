package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.UuidColumnConverter;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.DocumentType;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A document's description; its bytes are in {@link DocumentContentEntity}. */
@Entity
@Table(name = "document", schema = "schools")
@NamedQuery(name = "DocumentEntity.ofProject", query =
        "select d from DocumentEntity d where d.projectId = :project order by d.uploadedAt, d.id")
@NamedQuery(name = "DocumentEntity.answering", query =
        "select d from DocumentEntity d where d.projectId = :project and d.requirementId is not null "
        + "order by d.uploadedAt, d.id")
@NamedQuery(name = "DocumentEntity.unlink", query =
        "update DocumentEntity d set d.requirementId = null where d.requirementId in :requirements")
public class DocumentEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    private String step;
    private String name;
    private String title;
    @Column(name = "document_type")
    @Enumerated(EnumType.STRING)
    private DocumentType type;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    @Convert(converter = InstantConverter.class)
    private Instant uploadedAt;
    @Column(name = "requirement_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID requirementId;

    protected DocumentEntity() {
    }

    DocumentEntity(ProjectId project, String step, String name, String title, DocumentType type, long size,
                   String sha256, String uploadedBy, Instant at, UUID requirementId) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.step = step;
        this.name = name;
        this.title = title;
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
        this.requirementId = requirementId;
    }

    Document toDocument() {
        return new Document(id, name, title, type, type.mediaType(), size, sha256, step, uploadedBy, uploadedAt,
                requirementId);
    }
}
