package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Comment;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A comment on a project, kept as typed. */
@Entity
@Table(name = "project_comment", schema = "schools")
@NamedQuery(name = "CommentEntity.ofProject", query =
        "select c from CommentEntity c where c.projectId = :project order by c.writtenAt, c.id")
public class CommentEntity {

    @Id
    private UUID id;
    @Column(name = "project_id")
    private UUID projectId;
    @Column(name = "body")
    private String text;
    private String author;
    @Column(name = "written_at")
    @Convert(converter = InstantConverter.class)
    private Instant writtenAt;

    protected CommentEntity() {
    }

    CommentEntity(ProjectId project, String text, String author, Instant at) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.text = text;
        this.author = author;
        this.writtenAt = at.truncatedTo(ChronoUnit.MICROS); // what the database keeps
    }

    Comment toComment() {
        return new Comment(id, text, author, writtenAt);
    }
}
