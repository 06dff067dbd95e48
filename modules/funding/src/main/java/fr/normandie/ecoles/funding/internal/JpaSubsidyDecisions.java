package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.EnvelopeExceededException;
import fr.normandie.ecoles.funding.NewCommitment;
import fr.normandie.ecoles.funding.ReleaseReason;
import fr.normandie.ecoles.funding.ScheduleLineForm;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.funding.SubsidySummary;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaSubsidyDecisions implements SubsidyDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    BudgetLedger ledger;

    @Inject
    RuleGuide rules;

    @Inject
    DecisionRecords records;

    @Inject
    FundingSettings settings;

    @Inject
    Projects projects;

    @Inject
    JpaGrants grants;

    /**
     * The budgets are committed first (one commitment per line granted, against the AE of the vote's year):
     * a grant they cannot bear stops there, and the refusal rolls the transaction back. A decision taken again (its
     * step reopened by an administrator) first releases what the project's earlier decisions left unpaid, so that
     * the project stays committed once, by the decision that stands.
     */
    @Override
    @Transactional
    public SubsidyDecision record(ProjectId project, SubsidyDecisionForm form, String decidedBy) {
        Inputs.requireValid(validator, form);
        SubsidyDecisionEntity decision = new SubsidyDecisionEntity(project, form, rules.warnings(form), decidedBy);
        releaseEarlierDecisions(project, form, decidedBy);
        if (form.granted()) {
            commit(decision.id(), project, form, BudgetKind.INVESTMENT, form.investmentGranted(), decidedBy);
            commit(decision.id(), project, form, BudgetKind.OPERATING, form.operatingGranted(), decidedBy);
        }
        records.add(decision, form.coFinancers());
        grants.recordOpeningDecision(decision);
        if (form.granted()) {
            List<ScheduleLineForm> schedule = form.schedule().isEmpty()
                    ? settings.schedules().defaultPlan(form.totalGranted(), form.votedOn()) : form.schedule();
            records.addSchedule(decision.id(), schedule);
        }
        return form.decision();
    }

    private void releaseEarlierDecisions(ProjectId project, SubsidyDecisionForm form, String by) {
        em.createNamedQuery("CommitmentEntity.openOfEarlierDecisions", CommitmentEntity.class)
                .setParameter("project", project.value()).getResultList()
                .forEach(c -> ledger.release(c, ReleaseReason.OTHER, "Décision de subvention reprise : remplacée par "
                        + "la nouvelle décision" + (form.granted() ? " (" + form.deliberation().strip() + ")" : ", de refus")
                        + ".", by));
    }

    private void commit(SubsidyId decision, ProjectId project, SubsidyDecisionForm form, BudgetKind kind,
                        BigDecimal amount, String by) {
        if (amount.signum() > 0) {
            ledger.commit(new NewCommitment(decision.value(), project, null, form.envelopeYear(), kind, amount,
                    form.deliberation(), form.votedOn(), kind == BudgetKind.INVESTMENT ? "Investissement"
                    : "Fonctionnement"), "envelopeYear", EnvelopeExceededException.FIELD, by);
        }
    }

    @Override
    public Subsidy find(SubsidyId id) {
        SubsidyDecisionEntity decision = records.decision(id);
        ProjectSummary project = projects.summaries(Set.of(decision.projectId())).get(decision.projectId());
        List<ScheduleLineEntity> lines = records.lines(Set.of(id));
        return new Subsidy(id.toString(), project.id().toString(), project.name(), project.departmentCode(),
                project.carrier(), decision.decision(), decision.envelopeYear(), decision.votedOn(),
                decision.deliberation(), decision.investment(), decision.operating(), decision.operatingBasis(),
                decision.pupils(), decision.totalGranted(), decision.paid(), decision.toPay(),
                lines.stream().map(ScheduleLineEntity::toScheduledPayment).toList(),
                records.paymentsAgainst(id, lines),
                records.coFinancers(id), decision.regionalPicLines(), decision.conditions(), decision.decidedBy(),
                decision.recordedAt().toInstant(ZoneOffset.UTC), decision.ruleWarnings(), decision.justification());
    }

    @Override
    public List<SubsidySummary> list(ProjectId project, Integer envelopeYear) {
        StringBuilder jpql = new StringBuilder("select d from SubsidyDecisionEntity d where 1 = 1");
        if (project != null) {
            jpql.append(" and d.projectId = :project");
        }
        if (envelopeYear != null) {
            jpql.append(" and d.envelopeYear = :envelopeYear");
        }
        jpql.append(" order by d.recordedAt");
        TypedQuery<SubsidyDecisionEntity> query = em.createQuery(jpql.toString(), SubsidyDecisionEntity.class);
        if (project != null) {
            query.setParameter("project", project.value());
        }
        if (envelopeYear != null) {
            query.setParameter("envelopeYear", envelopeYear);
        }
        List<SubsidyDecisionEntity> decisions = query.getResultList();
        Map<ProjectId, ProjectSummary> summaries = projects.summaries(decisions.stream()
                .map(SubsidyDecisionEntity::projectId).collect(Collectors.toSet()));
        return decisions.stream().map(d -> summary(d, summaries.get(d.projectId()))).toList();
    }

    private static SubsidySummary summary(SubsidyDecisionEntity d, ProjectSummary project) {
        return new SubsidySummary(d.id().toString(), project.id().toString(), project.name(),
                project.departmentCode(), project.carrier(), d.decision(), d.envelopeYear(), d.votedOn(),
                d.deliberation(), d.investmentGranted(), d.operatingGranted(), d.totalGranted(), d.paid(), d.toPay());
    }
}
