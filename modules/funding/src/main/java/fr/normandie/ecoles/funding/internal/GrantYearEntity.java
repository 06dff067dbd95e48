package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.GrantYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/** One budget year of a grant: requested, proposed, granted (as last amended), paid. */
@Entity
@Table(name = "grant_year", schema = "funding")
@IdClass(GrantYearEntity.Key.class)
@NamedQuery(name = "GrantYearEntity.ofGrants", query = "select y from GrantYearEntity y where y.grantId in :grants "
        + "order by y.grantId, y.year")
@NamedQuery(name = "GrantYearEntity.markTold", query = "update GrantYearEntity y set y.dueNoticeAt = :at "
        + "where y.grantId = :grant and y.year = :year and y.dueNoticeAt is null")
@NamedQuery(name = "GrantYearEntity.pay", query = "update GrantYearEntity y set y.paid = y.paid + :amount "
        + "where y.grantId = :grant and y.year = :year and y.paid + :amount <= y.granted")
public class GrantYearEntity {

    @Id
    @Column(name = "grant_id")
    private UUID grantId;
    @Id
    @Column(name = "budget_year")
    private int year;
    private BigDecimal requested;
    private BigDecimal proposed;
    private BigDecimal granted;
    private BigDecimal paid;
    /** When the funding officers were told that this year's instalment falls due (issue 15). */
    @Column(name = "due_notice_at")
    private LocalDateTime dueNoticeAt;

    protected GrantYearEntity() {
    }

    GrantYearEntity(UUID grantId, int year, BigDecimal requested) {
        this.grantId = grantId;
        this.year = year;
        this.requested = Euros.cents(requested);
        this.granted = BigDecimal.ZERO;
        this.paid = BigDecimal.ZERO;
    }

    UUID grantId() { return grantId; }
    int year() { return year; }
    BigDecimal requested() { return requested; }
    BigDecimal granted() { return granted; }
    BigDecimal paid() { return paid; }
    /** Whether the funding officers were told that this year's instalment falls due. */
    boolean told() { return dueNoticeAt != null; }

    void propose(BigDecimal amount) {
        this.proposed = Euros.cents(amount);
    }

    void grant(BigDecimal amount) {
        this.granted = Euros.cents(amount);
    }

    GrantYear toGrantYear() {
        return new GrantYear(year, requested, proposed, granted, paid);
    }

    /** The composite key: a grant and one of its years. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID grantId;
        private int year;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.grantId, grantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(grantId, year);
        }
    }
}
