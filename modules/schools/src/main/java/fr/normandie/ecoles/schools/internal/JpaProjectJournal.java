package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Comment;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.FileSize;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectJournal;
import fr.normandie.ecoles.schools.ProjectMessage;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.schools.TimelineKind;
import fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The project's own records as timeline entries, in six queries: the project, its events, the changes of
 * its edits, documents, comments and messages. */
@ApplicationScoped
public class JpaProjectJournal implements ProjectJournal {

    private static final int EXCERPT = 140;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Override
    public List<TimelineEntry> entries(ProjectId project, Function<String, String> stepLabel) {
        projects.project(project);
        List<TimelineEntry> entries = new ArrayList<>();
        Map<UUID, String> changes = em.createNamedQuery("ProjectChangeEntity.ofProject", ProjectChangeEntity.class)
                .setParameter("project", project.value()).getResultList().stream()
                .collect(Collectors.groupingBy(ProjectChangeEntity::eventId,
                        Collectors.mapping(ProjectChangeEntity::said, Collectors.joining(" ; "))));
        em.createQuery("select e.occurredAt, e.kind, e.step, e.actor, e.outcome, e.detail, e.id from ProjectEventEntity e "
                        + "where e.projectId = :project", Object[].class)
                .setParameter("project", project.value())
                .getResultList()
                .forEach(row -> entries.add(event((Instant) row[0], (Kind) row[1], (String) row[2], (String) row[3],
                        (String) row[4], row[1] == Kind.EDITED ? changes.get((UUID) row[6]) : (String) row[5],
                        stepLabel)));
        em.createNamedQuery("DocumentEntity.ofProject", DocumentEntity.class)
                .setParameter("project", project.value())
                .getResultList().forEach(document -> entries.add(added(document.toDocument())));
        em.createNamedQuery("CommentEntity.ofProject", CommentEntity.class)
                .setParameter("project", project.value())
                .getResultList().forEach(comment -> entries.add(written(comment.toComment())));
        em.createNamedQuery("MessageEntity.ofProject", MessageEntity.class)
                .setParameter("project", project.value())
                .getResultList().forEach(message -> entries.add(sent(message.toMessage())));
        entries.sort(TimelineEntry.CHRONOLOGICAL);
        return entries;
    }

    private static TimelineEntry event(Instant at, Kind kind, String step, String actor, String outcome,
                                       String detail, Function<String, String> stepLabel) {
        return switch (kind) {
            case REGISTERED -> new TimelineEntry(at, actor, TimelineKind.PROJECT_REGISTERED, null, "Projet enregistré");
            case STEP_COMPLETED -> new TimelineEntry(at, actor, TimelineKind.STEP_RECORDED, step,
                    "Étape « " + stepLabel.apply(step) + " » enregistrée, résultat : " + outcome);
            case REMINDER_SENT -> new TimelineEntry(at, null, TimelineKind.REMINDER_SENT, step,
                    "Relance : l'étape « " + stepLabel.apply(step) + " » attend toujours");
            case ABANDONED -> new TimelineEntry(at, actor, TimelineKind.PROJECT_ABANDONED, null,
                    "Projet abandonné : " + detail);
            // a closed project's event keeps the reason where other events keep their step
            case CLOSED -> new TimelineEntry(at, null, TimelineKind.PROJECT_CLOSED, null, "Projet clos : " + step);
            case OPENED -> new TimelineEntry(at, null, TimelineKind.SCHOOL_OPENED, null, "École ouverte");
            // an edit's detail is what it changed, read from its changes
            case EDITED -> new TimelineEntry(at, actor, TimelineKind.PROJECT_EDITED, null,
                    "Inscription modifiée : " + detail);
            case STEP_REOPENED -> new TimelineEntry(at, actor, TimelineKind.STEP_REOPENED, step,
                    "Étape « " + stepLabel.apply(step) + " » rouverte par l'administrateur : " + detail);
            // a hand-over keeps the colleague where a step keeps its outcome
            case HANDED_OVER -> new TimelineEntry(at, actor, TimelineKind.TASK_HANDED_OVER, step,
                    "Tâche « " + stepLabel.apply(step) + " » confiée à " + outcome + " : « " + detail + " »");
            case OFFICER_CHANGED -> new TimelineEntry(at, actor, TimelineKind.OFFICER_CHANGED, null,
                    "Chargé·e de mission : " + detail);
            case FILE_SUBMITTED -> new TimelineEntry(at, actor, TimelineKind.FILE_SUBMITTED, step,
                    "Dossier déposé par le porteur (« " + stepLabel.apply(step) + " »)"
                            + (detail == null ? "" : " : « " + detail + " »"));
            case COMPLETION_REQUESTED -> new TimelineEntry(at, actor, TimelineKind.COMPLETION_REQUESTED, step,
                    "Compléments demandés au porteur pour « " + stepLabel.apply(step) + " » avant le "
                            + LocalDate.parse(outcome).format(DAY)
                            + " : « " + detail + " »");
        };
    }

    private static TimelineEntry added(Document document) {
        String title = document.title() == null ? "" : " — " + document.title();
        return new TimelineEntry(document.uploadedAt(), document.uploadedBy(), TimelineKind.DOCUMENT_ADDED,
                document.step(), "Document « " + document.name() + " » ajouté (" + document.type().label() + ", "
                        + FileSize.inFrench(document.size()) + ")" + title);
    }

    private static TimelineEntry written(Comment comment) {
        return new TimelineEntry(comment.writtenAt(), comment.author(), TimelineKind.COMMENT_ADDED, null,
                "Commentaire : « " + Excerpt.of(comment.text(), EXCERPT) + " »");
    }

    private static TimelineEntry sent(ProjectMessage message) {
        return new TimelineEntry(message.writtenAt(), message.author(), TimelineKind.MESSAGE_WRITTEN, null,
                (message.fromCarrier() ? "Message du porteur" : "Message de la Région") + " : « "
                        + Excerpt.of(message.text(), EXCERPT) + " »");
    }
}
