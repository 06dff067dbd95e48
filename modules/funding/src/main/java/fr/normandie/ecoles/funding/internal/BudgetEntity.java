package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Budget;
import fr.normandie.ecoles.funding.BudgetKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A year's budget of one kind. {@code committed} and {@code paid} change only through the conditional
 * updates below, run by the database under the row's lock, never by a read-then-write here: of several
 * commitments or payments racing for the last euros, each sees what the others took, and those that no
 * longer fit change nothing. The table's CHECK constraints stay the last word.
 */
@Entity
@Table(name = "budget", schema = "funding")
@IdClass(BudgetKey.class)
@NamedQuery(name = "BudgetEntity.all", query = "select b from BudgetEntity b order by b.budgetYear, b.kind")
@NamedQuery(name = "BudgetEntity.ofYear", query = "select b from BudgetEntity b where b.budgetYear = :year "
        + "order by b.kind")
@NamedQuery(name = "BudgetEntity.commit", query = "update BudgetEntity b set b.committed = b.committed + :amount "
        + "where b.budgetYear = :year and b.kind = :kind and b.committed + :amount <= b.commitmentAuthorisations")
@NamedQuery(name = "BudgetEntity.release", query = "update BudgetEntity b set b.committed = b.committed - :amount "
        + "where b.budgetYear = :year and b.kind = :kind and b.committed >= :amount")
@NamedQuery(name = "BudgetEntity.pay", query = "update BudgetEntity b set b.paid = b.paid + :amount "
        + "where b.budgetYear = :year and b.kind = :kind and b.paid + :amount <= b.paymentCredits")
@NamedQuery(name = "BudgetEntity.resize", query = "update BudgetEntity b set b.commitmentAuthorisations = :ae, "
        + "b.paymentCredits = :cp where b.budgetYear = :year and b.kind = :kind and b.committed <= :ae and b.paid <= :cp")
public class BudgetEntity {

    @Id
    @Column(name = "budget_year")
    private int budgetYear;
    @Id
    @Enumerated(EnumType.STRING)
    private BudgetKind kind;
    @Column(name = "commitment_authorisations")
    private BigDecimal commitmentAuthorisations;
    private BigDecimal committed;
    @Column(name = "payment_credits")
    private BigDecimal paymentCredits;
    private BigDecimal paid;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    protected BudgetEntity() {
    }

    BudgetEntity(int year, BudgetKind kind, BigDecimal commitmentAuthorisations, BigDecimal paymentCredits,
                 String openedBy) {
        this.budgetYear = year;
        this.kind = kind;
        this.commitmentAuthorisations = Euros.cents(commitmentAuthorisations);
        this.paymentCredits = Euros.cents(paymentCredits);
        this.committed = BigDecimal.ZERO;
        this.paid = BigDecimal.ZERO;
        this.openedBy = openedBy;
        this.openedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    BigDecimal toCommit() {
        return commitmentAuthorisations.subtract(committed);
    }

    BigDecimal toPay() {
        return paymentCredits.subtract(paid);
    }

    Budget toBudget() {
        return new Budget(budgetYear, kind, commitmentAuthorisations, committed, toCommit(), paymentCredits, paid,
                toPay());
    }
}
