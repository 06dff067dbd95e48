package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Envelope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A budget year's envelope. {@code committed} and {@code paid} change only through the conditional
 * updates below, in the database, never by a read-then-write here: the row's lock and its CHECK
 * constraints keep the envelope whole when several decisions race for its last euros.
 */
@Entity
@Table(name = "envelope", schema = "funding")
@NamedQuery(name = "EnvelopeEntity.all", query = "select e from EnvelopeEntity e order by e.budgetYear")
@NamedQuery(name = "EnvelopeEntity.commit", query = "update EnvelopeEntity e set e.committed = e.committed + :amount "
        + "where e.budgetYear = :budgetYear and e.committed + :amount <= e.amount")
@NamedQuery(name = "EnvelopeEntity.pay", query = "update EnvelopeEntity e set e.paid = e.paid + :amount "
        + "where e.budgetYear = :budgetYear and e.paid + :amount <= e.committed")
@NamedQuery(name = "EnvelopeEntity.resize", query = "update EnvelopeEntity e set e.amount = :amount "
        + "where e.budgetYear = :budgetYear and e.committed <= :amount")
public class EnvelopeEntity {

    @Id
    @Column(name = "budget_year")
    private int budgetYear;
    private BigDecimal amount;
    private BigDecimal committed;
    private BigDecimal paid;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    protected EnvelopeEntity() {
    }

    EnvelopeEntity(int year, BigDecimal amount, String openedBy) {
        this.budgetYear = year;
        this.amount = Euros.cents(amount);
        this.committed = BigDecimal.ZERO;
        this.paid = BigDecimal.ZERO;
        this.openedBy = openedBy;
        this.openedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    BigDecimal remaining() {
        return amount.subtract(committed);
    }

    Envelope toEnvelope() {
        return new Envelope(budgetYear, amount, committed, paid, remaining());
    }
}
