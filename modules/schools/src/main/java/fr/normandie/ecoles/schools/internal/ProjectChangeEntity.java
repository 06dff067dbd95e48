package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** One field an edit of a project's registration changed; the edit is its event (who, when). */
@Entity
@Table(name = "project_change", schema = "schools")
@NamedQuery(name = "ProjectChangeEntity.ofProject", query = "select c from ProjectChangeEntity c, ProjectEventEntity e"
        + " where c.eventId = e.id and e.projectId = :project order by c.field")
public class ProjectChangeEntity {

    @Id
    private UUID id;
    @Column(name = "event_id")
    private UUID eventId;
    private String field;
    @Column(name = "before_value")
    private String before;
    @Column(name = "after_value")
    private String after;

    protected ProjectChangeEntity() {
    }

    ProjectChangeEntity(UUID eventId, ProjectChange change) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.field = change.field();
        this.before = change.before();
        this.after = change.after();
    }

    UUID eventId() {
        return eventId;
    }

    /** "capacité prévue : 24 → 36", as the timeline says it. */
    String said() {
        return RegistrationField.said(field, before, after);
    }
}
