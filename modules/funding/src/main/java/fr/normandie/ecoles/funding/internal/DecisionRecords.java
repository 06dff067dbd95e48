package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.Payment;
import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduleLineForm;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.funding.UnknownSubsidyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The stored rows of the decisions: the decision itself, its schedule, its payments, its co-financers. */
@ApplicationScoped
public class DecisionRecords {

    @PersistenceContext
    EntityManager em;

    /** @throws UnknownSubsidyException */
    SubsidyDecisionEntity decision(SubsidyId id) {
        SubsidyDecisionEntity decision = em.find(SubsidyDecisionEntity.class, id.value());
        if (decision == null) {
            throw new UnknownSubsidyException(id.toString());
        }
        return decision;
    }

    /** The schedule lines of the decisions, in order. */
    List<ScheduleLineEntity> lines(Collection<SubsidyId> decisions) {
        return decisions.isEmpty() ? List.of() : em.createNamedQuery("ScheduleLineEntity.ofDecisions",
                ScheduleLineEntity.class).setParameter("decisions", values(decisions)).getResultList();
    }

    /** The payments made on the decisions, the earliest first. */
    List<PaymentEntity> payments(Collection<SubsidyId> decisions) {
        return decisions.isEmpty() ? List.of() : em.createNamedQuery("PaymentEntity.ofDecisions",
                PaymentEntity.class).setParameter("decisions", values(decisions)).getResultList();
    }

    /** The payments made on a decision, each with the kind of the line of its schedule it was made against. */
    List<Payment> paymentsAgainst(SubsidyId decision, List<ScheduleLineEntity> schedule) {
        Map<Integer, PaymentKind> kinds = schedule.stream()
                .collect(Collectors.toMap(ScheduleLineEntity::number, ScheduleLineEntity::kind));
        return payments(Set.of(decision)).stream().map(p -> p.toPayment(kinds.get(p.line()))).toList();
    }

    List<CoFinancing> coFinancers(SubsidyId decision) {
        return em.createNamedQuery("CoFinancingEntity.ofDecision", CoFinancingEntity.class)
                .setParameter("decision", decision.value()).getResultList().stream()
                .map(CoFinancingEntity::toCoFinancing).toList();
    }

    /** Stores a decision with its co-financers; the decision's row first, since theirs refer to it. */
    void add(SubsidyDecisionEntity decision, List<CoFinancing> coFinancers) {
        em.persist(decision);
        em.flush();
        for (int i = 0; i < coFinancers.size(); i++) {
            em.persist(new CoFinancingEntity(decision.id(), i + 1, coFinancers.get(i)));
        }
    }

    /** Stores a schedule, numbering its lines from 1. */
    List<ScheduleLineEntity> addSchedule(SubsidyId decision, List<ScheduleLineForm> lines) {
        List<ScheduleLineEntity> stored = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ScheduleLineEntity line = new ScheduleLineEntity(decision, i + 1, lines.get(i));
            em.persist(line);
            stored.add(line);
        }
        return stored;
    }

    void removeSchedule(SubsidyId decision) {
        em.createNamedQuery("ScheduleLineEntity.deleteOfDecision").setParameter("decision", decision.value())
                .executeUpdate();
    }

    private static List<UUID> values(Collection<SubsidyId> ids) {
        return ids.stream().map(SubsidyId::value).toList();
    }
}
