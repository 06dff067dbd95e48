package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelAudits;
import fr.normandie.ecoles.audits.LabelRenewals;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.audits.ScheduledRenewal;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaLabelStatuses implements LabelStatuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    LabelAudits audits;

    @Inject
    LabelRenewals renewals;

    @Override
    public LabelStatus of(ProjectId project) {
        return LabelStatusRule.of(project, audits.ofProject(project), audits.openActions(project),
                Optional.ofNullable(em.find(LabelRenewalEntity.class, project.value()))
                        .filter(r -> r.dueOn() != null).map(LabelRenewalEntity::toScheduled));
    }

    /**
     * The most recently audited first. Three queries whatever the number of schools: the audits (the summary's
     * columns only, no entity built: a status needs no verdict, conclusion nor auditors), the open corrective
     * actions and the scheduled re-audits.
     */
    @Override
    public List<LabelStatus> audited() {
        Map<ProjectId, ScheduledRenewal> scheduled = renewals.scheduled().stream()
                .collect(Collectors.toMap(ScheduledRenewal::project, Function.identity()));
        Map<ProjectId, List<LabelAudit.Summary>> auditsOf = em.createNamedQuery("LabelAudit.allSummaries", Object[].class)
                .getResultList().stream().map(LabelAuditEntity::summaryOf).collect(Collectors.groupingBy(
                        LabelAudit.Summary::project, LinkedHashMap::new, Collectors.toList()));
        Map<ProjectId, List<CorrectiveAction>> openActionsOf = em.createNamedQuery("CorrectiveAction.open",
                CorrectiveActionEntity.class).getResultList().stream().collect(Collectors.groupingBy(
                CorrectiveActionEntity::project, Collectors.mapping(CorrectiveActionEntity::toAction, Collectors.toList())));
        return auditsOf.entrySet().stream()
                .map(e -> LabelStatusRule.of(e.getKey(), e.getValue(), openActionsOf.getOrDefault(e.getKey(), List.of()),
                        Optional.ofNullable(scheduled.get(e.getKey()))))
                .sorted(Comparator.comparing(LabelStatus::lastAuditedOn).reversed())
                .toList();
    }
}
