package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.CompletionRequest;
import fr.normandie.ecoles.schools.FileSubmissions;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Submissions and completion requests as events of the project's journal: no table of their own. */
@ApplicationScoped
public class JpaFileSubmissions implements FileSubmissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    Clock clock;

    @Override
    public CompletionRequest requestCompletion(ProjectId project, String step, String message, LocalDate deadline,
                                               String by, LocalDate today) {
        String text = FreeText.optional(message);
        List<FieldReason> reasons = new ArrayList<>();
        if (text == null) {
            reasons.add(new FieldReason("message", "Écrivez au porteur ce qui manque à son dossier."));
        } else if (text.length() > MAX_TEXT) {
            reasons.add(new FieldReason("message", "Le message ne doit pas dépasser " + MAX_TEXT + " caractères."));
        }
        if (deadline == null) {
            reasons.add(new FieldReason("deadline", "Indiquez la date limite du dépôt des compléments."));
        } else if (deadline.isBefore(today)) {
            reasons.add(new FieldReason("deadline", "La date limite ne peut pas être passée."));
        }
        if (!reasons.isEmpty()) {
            throw new Rejected(Rejected.Kind.INVALID, "Demande de compléments invalide", reasons);
        }
        projects.project(project);
        ProjectEventEntity event = new ProjectEventEntity(project, clock.now(), Kind.COMPLETION_REQUESTED, step, by,
                deadline.toString(), text);
        em.persist(event);
        return event.toCompletionRequest().orElseThrow();
    }

    @Override
    public Optional<CompletionRequest> openRequest(ProjectId project) {
        return em.createNamedQuery("ProjectEventEntity.exchangesLatestFirst", ProjectEventEntity.class)
                .setParameter("project", project.value()).setMaxResults(1).getResultStream().findFirst()
                .flatMap(ProjectEventEntity::toCompletionRequest);
    }

    /** The carrier's submission of a step's file, with its comment, on the project's timeline. */
    void recordSubmission(ProjectId project, String step, String comment, String by) {
        String text = FreeText.optional(comment);
        if (text != null && text.length() > MAX_TEXT) {
            throw new Rejected("comment", "Le commentaire ne doit pas dépasser " + MAX_TEXT + " caractères.");
        }
        projects.project(project);
        em.persist(new ProjectEventEntity(project, clock.now(), Kind.FILE_SUBMITTED, step, by, null, text));
    }
}
