package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.RequiredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A document expected of a step, at its place in the step's list. */
@Entity
@Table(name = "required_document", schema = "schools")
@NamedQuery(name = "RequiredDocumentEntity.all",
        query = "select r from RequiredDocumentEntity r order by r.stepKey, r.sortOrder")
@NamedQuery(name = "RequiredDocumentEntity.ofStep",
        query = "select r from RequiredDocumentEntity r where r.stepKey = :step order by r.sortOrder")
public class RequiredDocumentEntity {

    @Id
    private UUID id;
    @Column(name = "step_key")
    private String stepKey;
    private String label;
    private boolean mandatory;
    @Column(name = "sort_order")
    private int sortOrder;

    protected RequiredDocumentEntity() {
    }

    RequiredDocumentEntity(String stepKey) {
        this.id = UUID.randomUUID();
        this.stepKey = stepKey;
    }

    UUID id() {
        return id;
    }

    /** Its label, whether it binds, and its place in the list. */
    void set(String label, boolean mandatory, int sortOrder) {
        this.label = label;
        this.mandatory = mandatory;
        this.sortOrder = sortOrder;
    }

    RequiredDocument toRequiredDocument() {
        return new RequiredDocument(id, stepKey, label, mandatory);
    }
}
