package fr.normandie.ecoles.schools.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * A document's bytes, in a table of their own so that lists of documents never read them. Identified by
 * its document, which the mapping states so that the document's row is always written first.
 */
@Entity
@Table(name = "document_content", schema = "schools")
@NamedQuery(name = "DocumentContentEntity.ofDocument", query =
        "select c from DocumentContentEntity c where c.document.id = :document and c.document.projectId = :project")
public class DocumentContentEntity {

    @Id
    @OneToOne
    @JoinColumn(name = "document_id")
    private DocumentEntity document;
    private byte[] content;

    protected DocumentContentEntity() {
    }

    DocumentContentEntity(DocumentEntity document, byte[] content) {
        this.document = document;
        this.content = content;
    }

    DocumentEntity document() {
        return document;
    }

    byte[] content() {
        return content;
    }
}
