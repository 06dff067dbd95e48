package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A message of a project's thread between its carrier and the Region (issue 16), kept as typed. */
@Entity
@Table(name = "project_message", schema = "schools")
@NamedQuery(name = "MessageEntity.ofProject", query =
        "select m from MessageEntity m where m.projectId = :project order by m.writtenAt, m.id")
@NamedQuery(name = "MessageEntity.unread", query =
        "select count(m) from MessageEntity m where m.projectId = :project and m.fromCarrier = :fromCarrier"
                + " and m.readAt is null")
@NamedQuery(name = "MessageEntity.markRead", query =
        "update MessageEntity m set m.readAt = :at where m.projectId = :project and m.fromCarrier = :fromCarrier"
                + " and m.readAt is null")
public class MessageEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "body")
    private String text;
    private String author;
    @Column(name = "from_carrier")
    private boolean fromCarrier;
    @Column(name = "written_at")
    @Convert(converter = InstantConverter.class)
    private Instant writtenAt;
    @Column(name = "read_at")
    @Convert(converter = InstantConverter.class)
    private Instant readAt;

    protected MessageEntity() {
    }

    MessageEntity(ProjectId project, String text, String author, boolean fromCarrier, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.text = text;
        this.author = author;
        this.fromCarrier = fromCarrier;
        this.writtenAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    ProjectMessage toMessage() {
        return new ProjectMessage(id, text, author, fromCarrier, writtenAt, readAt != null);
    }
}
