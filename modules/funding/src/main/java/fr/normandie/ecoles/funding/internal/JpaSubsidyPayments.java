package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.Commitment;
import fr.normandie.ecoles.funding.CommitmentClosedException;
import fr.normandie.ecoles.funding.CommitmentId;
import fr.normandie.ecoles.funding.CommitmentStatus;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.PaymentOrder;
import fr.normandie.ecoles.funding.Payment;
import fr.normandie.ecoles.funding.PaymentForm;
import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduleForm;
import fr.normandie.ecoles.funding.ScheduledPayment;
import fr.normandie.ecoles.funding.SubsidyId;
import fr.normandie.ecoles.funding.SubsidyPayments;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Schedules and payments. A payment first adds to its grant's row, then to its schedule line's, each
 * by a conditional update under the row's lock: payments of one grant and a change of its schedule
 * queue on the grant's row, in the same order, and what is paid never exceeds the line nor the grant.
 */
@ApplicationScoped
public class JpaSubsidyPayments implements SubsidyPayments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    DecisionRecords records;

    @Inject
    BudgetLedger ledger;

    @Inject
    JpaCommitments commitments;

    @Inject
    FundingSettings settings;

    @Override
    public List<ScheduledPayment> schedule(SubsidyId id) {
        records.decision(id);
        return records.lines(Set.of(id)).stream().map(ScheduleLineEntity::toScheduledPayment).toList();
    }

    @Override
    @Transactional
    public List<ScheduledPayment> replaceSchedule(SubsidyId id, ScheduleForm form, Caller caller) {
        caller.requireAny("Seuls les chargés de financement peuvent changer l'échéancier d'une subvention.",
                Role.FUNDING);
        SubsidyDecisionEntity decision = grant(id);
        Inputs.requireValid(validator, form);
        settings.schedules().check(form.lines(), decision.totalGranted(), "lines").stream().findFirst()
                .ifPresent(breach -> {
                    throw new InvalidInputException(breach.path(), breach.message());
                });
        if (em.createNamedQuery("SubsidyDecisionEntity.holdUnpaid").setParameter("id", id.value())
                .executeUpdate() == 0) {
            throw new FundingConflictException("Des versements ont déjà été faits sur cette subvention : son "
                    + "échéancier ne peut plus être remplacé.");
        }
        records.removeSchedule(id);
        return records.addSchedule(id, form.lines()).stream().map(ScheduleLineEntity::toScheduledPayment).toList();
    }

    @Override
    public List<Payment> payments(SubsidyId id) {
        records.decision(id);
        return records.paymentsAgainst(id, records.lines(Set.of(id)));
    }

    @Override
    @Transactional
    public Payment record(SubsidyId id, PaymentForm form, Caller caller) {
        caller.requireAny("Seuls les chargés de financement peuvent enregistrer un versement.", Role.FUNDING);
        String by = caller.name();
        SubsidyDecisionEntity decision = grant(id);
        Inputs.requireValid(validator, form);
        ScheduleLineEntity line = records.lines(Set.of(id)).stream().filter(l -> l.number() == form.line())
                .findFirst().orElseThrow(() -> new InvalidInputException("line",
                        "L'échéancier de cette subvention n'a pas d'échéance n° " + form.line() + "."));
        requireReleasable(decision, line, form);
        int grantPaid = em.createNamedQuery("SubsidyDecisionEntity.pay").setParameter("id", id.value())
                .setParameter("amount", form.amount()).executeUpdate();
        if (grantPaid == 0) {
            em.refresh(decision);
            throw new InvalidInputException("amount", "Ce versement dépasserait le montant accordé : il reste "
                    + Euros.format(decision.toPay()) + " à verser sur cette subvention.");
        }
        int linePaid = em.createNamedQuery("ScheduleLineEntity.pay").setParameter("decision", id.value())
                .setParameter("lineNumber", form.line()).setParameter("amount", form.amount()).executeUpdate();
        if (linePaid == 0) {
            em.refresh(line);
            throw new InvalidInputException("amount", "Ce versement dépasse le reste à verser sur l'échéance n° "
                    + form.line() + " : " + Euros.format(line.toPay()) + ".");
        }
        PaymentEntity payment = new PaymentEntity(id, form, by);
        charge(id, payment.id(), form, by);
        em.persist(payment);
        return payment.toPayment(line.kind());
    }

    /**
     * Charges a payment to the CP of the year it is paid in, through the grant's commitments: the investment
     * one first, then the operating one (a schedule line does not say which line of the grant it pays).
     */
    private void charge(SubsidyId id, UUID paymentId, PaymentForm form, String by) {
        BigDecimal left = Euros.cents(form.amount());
        for (Commitment commitment : commitments.ofGrant(id.value())) {
            if (left.signum() == 0) {
                break;
            }
            if (commitment.status() == CommitmentStatus.RELEASED) {
                throw new CommitmentClosedException("Cette subvention a été désengagée : plus rien n'y est payé.");
            }
            BigDecimal part = left.min(commitment.toPay());
            if (part.signum() > 0) {
                ledger.pay(commitments.entity(CommitmentId.parse(commitment.id())),
                        new PaymentOrder(part, form.paidOn(), form.reference()), paymentId, by);
                left = left.subtract(part);
            }
        }
    }

    /** The balance is released on supporting documents; nothing is paid before the vote, nor twice. */
    private void requireReleasable(SubsidyDecisionEntity decision, ScheduleLineEntity line, PaymentForm form) {
        if (line.kind() == PaymentKind.BALANCE && FreeText.optional(form.supportingDocuments()) == null) {
            throw new InvalidInputException("supportingDocuments", "Le solde n'est versé que sur justificatifs : "
                    + "indiquez les pièces reçues (compte rendu financier, factures acquittées…).");
        }
        if (decision.votedOn() != null && form.paidOn().isBefore(decision.votedOn())) {
            throw new InvalidInputException("paidOn", "Un versement ne peut pas précéder le vote de la subvention ("
                    + decision.votedOn() + ").");
        }
        long sameReference = em.createNamedQuery("PaymentEntity.withReference", Long.class)
                .setParameter("decision", decision.id().value()).setParameter("reference", form.reference().strip())
                .getSingleResult();
        if (sameReference > 0) {
            throw new FundingConflictException("Un versement de référence « " + form.reference().strip()
                    + " » est déjà enregistré sur cette subvention.");
        }
    }

    private SubsidyDecisionEntity grant(SubsidyId id) {
        SubsidyDecisionEntity decision = records.decision(id);
        if (!decision.granted()) {
            throw new FundingConflictException("Une subvention refusée n'a ni échéancier ni versement.");
        }
        return decision;
    }
}
