package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.BudgetChange;
import fr.normandie.ecoles.funding.BudgetKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One change of a budget's amounts, kept for its history. */
@Entity
@Table(name = "budget_change", schema = "funding")
@NamedQuery(name = "BudgetChangeEntity.ofYear", query = "select c from BudgetChangeEntity c "
        + "where c.budgetYear = :year order by c.changedAt, c.kind")
public class BudgetChangeEntity {

    @Id
    private UUID id;
    @Column(name = "budget_year")
    private int budgetYear;
    @Enumerated(EnumType.STRING)
    private BudgetKind kind;
    @Column(name = "commitment_authorisations")
    private BigDecimal commitmentAuthorisations;
    @Column(name = "payment_credits")
    private BigDecimal paymentCredits;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected BudgetChangeEntity() {
    }

    BudgetChangeEntity(int year, BudgetKind kind, BigDecimal commitmentAuthorisations, BigDecimal paymentCredits,
                       String changedBy) {
        this.id = UUID.randomUUID();
        this.budgetYear = year;
        this.kind = kind;
        this.commitmentAuthorisations = Euros.cents(commitmentAuthorisations);
        this.paymentCredits = Euros.cents(paymentCredits);
        this.changedBy = changedBy;
        this.changedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    BudgetChange toChange() {
        return new BudgetChange(budgetYear, kind, commitmentAuthorisations, paymentCredits, changedBy,
                changedAt.toInstant(ZoneOffset.UTC));
    }
}
