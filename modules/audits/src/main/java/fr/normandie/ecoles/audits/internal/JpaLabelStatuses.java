package fr.normandie.ecoles.audits.internal;

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
                renewals.scheduled().stream().filter(r -> r.project().equals(project)).findFirst());
    }

    /** The most recently audited first. */
    @Override
    public List<LabelStatus> audited() {
        Map<ProjectId, ScheduledRenewal> scheduled = renewals.scheduled().stream()
                .collect(Collectors.toMap(ScheduledRenewal::project, Function.identity()));
        return em.createQuery("select distinct a.projectId from LabelAuditEntity a", java.util.UUID.class)
                .getResultList().stream().map(ProjectId::new)
                .map(project -> LabelStatusRule.of(project, audits.ofProject(project), audits.openActions(project),
                        Optional.ofNullable(scheduled.get(project))))
                .sorted(Comparator.comparing(LabelStatus::lastAuditedOn).reversed())
                .toList();
    }
}
