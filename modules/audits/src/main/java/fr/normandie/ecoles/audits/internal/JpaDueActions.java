package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.DueActions;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.TellOnce;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectOfficers;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * Tells of the corrective actions falling due, in one transaction, each once ({@link TellOnce}); the notifications
 * queue the mails in this same transaction. Runs outside any engine command.
 */
@ApplicationScoped
public class JpaDueActions implements DueActions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Projects projects;

    @Inject
    ProjectOfficers officers;

    @Inject
    Event<Notice> notices;

    @Override
    @Transactional
    public int tellFallingDue(Period lead) {
        LocalDate today = clock.today();
        return TellOnce.tellEach(em.createNamedQuery("CorrectiveAction.fallingDueUntold", CorrectiveActionEntity.class)
                        .setParameter("from", today).setParameter("until", today.plus(lead)).getResultList(),
                action -> TellOnce.markTold(em, "audits.corrective_action", action.toAction().id(), clock.nowUtc()),
                action -> noticeOf(action.project(), action.toAction()), notices::fire);
    }

    /** To the auditors, who verify it, and to the project's officer, who follows the school. */
    private Notice noticeOf(ProjectId project, CorrectiveAction action) {
        Optional<String> officer = officers.officerOf(project);
        return new Notice(Notice.Kind.CORRECTIVE_ACTION_DUE, Set.of(Role.AUDITOR),
                officer.map(Set::of).orElse(Set.of()), Set.of(),
                projects.find(project).map(ProjectSummary::name).orElse(project.toString()),
                action.description(), Optional.of(action.dueOn()), Notice.projectPage(project.toString()));
    }
}
