package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.audits.HistoricalLabelForm;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelDecision;
import fr.normandie.ecoles.audits.LabelDecisionConflictException;
import fr.normandie.ecoles.audits.LabelDecisionKind;
import fr.normandie.ecoles.audits.LabelDecisions;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.audits.LabelWithdrawalForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaLabelDecisions implements LabelDecisions {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    LabelAudits audits;

    @Inject
    LabelStatuses statuses;

    @Override
    @Transactional
    public LabelDecision recordHistoricalLabel(ProjectId school, HistoricalLabelForm form, Caller caller) {
        if (!caller.has(Role.AUDITOR) && !caller.has(Role.ADMIN)) {
            throw new Forbidden("Seuls les auditeurs FNEP et les administrateurs enregistrent le label d'une école.");
        }
        Inputs.requireValid(validator, form);
        if (!audits.ofProject(school).isEmpty() || !decisionsOf(school).isEmpty()) {
            throw new LabelDecisionConflictException("Le label de cette école est déjà enregistré : ses audits "
                    + "et ses décisions en font l'histoire.");
        }
        return record(school, LabelDecisionKind.GRANTED_BEFORE_SOFTWARE, form.labelledOn(), null, caller);
    }

    @Override
    @Transactional
    public LabelDecision withdraw(ProjectId school, LabelWithdrawalForm form, Caller caller) {
        if (!caller.has(Role.AUDITOR)) {
            throw new Forbidden("Seuls les auditeurs FNEP retirent le label d'une école.");
        }
        Inputs.requireValid(validator, form);
        LabelStatus status = statuses.of(school);
        if (!status.state().held()) {
            throw new LabelDecisionConflictException("L'école ne détient pas le label (" + status.state().label()
                    + ") : il n'y a rien à retirer.");
        }
        if (form.withdrawnOn().isBefore(status.lastAuditedOn())) {
            throw new Rejected("withdrawnOn", "Le retrait ne peut précéder la dernière décision sur le label, du "
                    + FRENCH_DATE.format(status.lastAuditedOn()) + ".");
        }
        return record(school, LabelDecisionKind.WITHDRAWN, form.withdrawnOn(), form.reason(), caller);
    }

    @Override
    public List<LabelDecision> of(ProjectId school) {
        return decisionsOf(school).stream().map(LabelDecisionEntity::toDecision).toList();
    }

    /** The school's label granted before the software, read as the audit that granted it, if any. */
    List<LabelAudit.Summary> grantsOf(ProjectId school) {
        return decisionsOf(school).stream().filter(d -> d.kind() == LabelDecisionKind.GRANTED_BEFORE_SOFTWARE)
                .map(LabelDecisionEntity::asGrantingAudit).toList();
    }

    /** The day the label was last withdrawn, if it ever was. */
    LocalDate withdrawnOn(ProjectId school) {
        return LabelDecisionEntity.lastWithdrawal(decisionsOf(school));
    }

    /** Every decision, by school, the oldest first: one query for all the label statuses. */
    Map<ProjectId, List<LabelDecisionEntity>> all() {
        return em.createNamedQuery("LabelDecision.all", LabelDecisionEntity.class).getResultList().stream()
                .collect(Collectors.groupingBy(LabelDecisionEntity::project));
    }

    /** The decisions of these schools, by school, the oldest first: one query for a page of label statuses. */
    Map<ProjectId, List<LabelDecisionEntity>> of(Collection<UUID> schools) {
        return em.createNamedQuery("LabelDecision.of", LabelDecisionEntity.class).setParameter("projects", schools)
                .getResultList().stream().collect(Collectors.groupingBy(LabelDecisionEntity::project));
    }

    private LabelDecision record(ProjectId school, LabelDecisionKind kind, LocalDate on, String reason, Caller caller) {
        LabelDecisionEntity decision = new LabelDecisionEntity(school, kind, on, reason, caller.name(), clock.nowUtc());
        em.persist(decision);
        return decision.toDecision();
    }

    private List<LabelDecisionEntity> decisionsOf(ProjectId school) {
        return em.createNamedQuery("LabelDecision.ofProject", LabelDecisionEntity.class)
                .setParameter("project", school.value()).getResultList();
    }
}
