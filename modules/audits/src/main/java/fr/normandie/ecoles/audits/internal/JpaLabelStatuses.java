package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelDecisionKind;
import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaLabelStatuses implements LabelStatuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    LabelAudits audits;

    @Inject
    LabelRenewals renewals;

    @Inject
    JpaLabelDecisions decisions;

    @Override
    public LabelStatus of(ProjectId project) {
        List<LabelAudit.Summary> granting = new ArrayList<>(decisions.grantsOf(project));
        granting.addAll(audits.ofProject(project));
        return LabelStatusRule.of(project, granting, audits.openActions(project),
                Optional.ofNullable(em.find(LabelRenewalEntity.class, project.value()))
                        .filter(r -> r.dueOn() != null).map(LabelRenewalEntity::toScheduled),
                decisions.withdrawnOn(project));
    }

    /**
     * The most recently audited first. Four queries whatever the number of schools: the label decisions, the audits (the summary's
     * columns only, no entity built: a status needs no verdict, conclusion nor auditors), the open corrective
     * actions and the scheduled re-audits.
     */
    @Override
    public List<LabelStatus> audited() {
        Map<ProjectId, ScheduledRenewal> scheduled = renewals.scheduled().stream()
                .collect(Collectors.toMap(ScheduledRenewal::project, Function.identity()));
        Map<ProjectId, List<LabelDecisionEntity>> decided = decisions.all();
        // a label granted before the software reads as the first audit of its school
        Map<ProjectId, List<LabelAudit.Summary>> auditsOf = Stream.concat(
                        decided.values().stream().flatMap(List::stream)
                                .filter(d -> d.kind() == LabelDecisionKind.GRANTED_BEFORE_SOFTWARE)
                                .map(LabelDecisionEntity::asGrantingAudit),
                        em.createNamedQuery("LabelAudit.allSummaries", Object[].class).getResultList().stream()
                                .map(LabelAuditEntity::summaryOf))
                .collect(Collectors.groupingBy(LabelAudit.Summary::project, LinkedHashMap::new, Collectors.toList()));
        Map<ProjectId, List<CorrectiveAction>> openActionsOf = em.createNamedQuery("CorrectiveAction.open",
                CorrectiveActionEntity.class).getResultList().stream().collect(Collectors.groupingBy(
                CorrectiveActionEntity::project, Collectors.mapping(CorrectiveActionEntity::toAction, Collectors.toList())));
        return auditsOf.entrySet().stream()
                .map(e -> LabelStatusRule.of(e.getKey(), e.getValue(), openActionsOf.getOrDefault(e.getKey(), List.of()),
                        Optional.ofNullable(scheduled.get(e.getKey())), LabelDecisionEntity.lastWithdrawal(decided.get(e.getKey()))))
                .sorted(Comparator.comparing(LabelStatus::lastAuditedOn).reversed())
                .toList();
    }
}
