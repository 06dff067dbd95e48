package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.UuidColumnConverter;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Commitment;
import fr.normandie.ecoles.funding.CommitmentId;
import fr.normandie.ecoles.funding.CommitmentStatus;
import fr.normandie.ecoles.funding.NewCommitment;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A commitment of a year's AE. What is paid, released and recovered moves only by the conditional updates
 * below, under the row's lock: a payment never exceeds what is left, nothing is paid once released, and a
 * recovery never exceeds what was paid and not yet recovered.
 */
@Entity
@Table(name = "commitment", schema = "funding")
@NamedQuery(name = "CommitmentEntity.ofGrant", query = "select c from CommitmentEntity c where c.grantId = :grant "
        + "order by c.recordedAt, c.kind")
@NamedQuery(name = "CommitmentEntity.ofProject", query = "select c from CommitmentEntity c "
        + "where c.projectId = :project order by c.recordedAt, c.kind")
@NamedQuery(name = "CommitmentEntity.ofYear", query = "select c from CommitmentEntity c where c.budgetYear = :year "
        + "order by c.recordedAt, c.kind")
@NamedQuery(name = "CommitmentEntity.all", query = "select c from CommitmentEntity c order by c.recordedAt, c.kind")
@NamedQuery(name = "CommitmentEntity.openOfProject", query = "select c from CommitmentEntity c "
        + "where c.projectId = :project and c.released = 0 and c.paid < c.amount")
@NamedQuery(name = "CommitmentEntity.openOfEarlierDecisions", query = "select c from CommitmentEntity c "
        + "where c.grantId in (select d.id from SubsidyDecisionEntity d where d.projectId = :project) "
        + "and c.released = 0 and c.paid < c.amount order by c.recordedAt, c.kind")
@NamedQuery(name = "CommitmentEntity.pay", query = "update CommitmentEntity c set c.paid = c.paid + :amount "
        + "where c.id = :id and c.released = 0 and c.paid + :amount <= c.amount")
@NamedQuery(name = "CommitmentEntity.release", query = "update CommitmentEntity c set c.released = c.amount - c.paid "
        + "where c.id = :id and c.released = 0 and c.paid < c.amount")
@NamedQuery(name = "CommitmentEntity.recover", query = "update CommitmentEntity c set c.recovered = c.recovered + :amount "
        + "where c.id = :id and c.recovered + :amount <= c.paid")
public class CommitmentEntity {

    @Id
    private UUID id;
    @Column(name = "grant_id")
    private UUID grantId;
    @Column(name = "project_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID projectId;
    @Column(name = "school_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID schoolId;
    @Column(name = "budget_year")
    private int budgetYear;
    @Enumerated(EnumType.STRING)
    private BudgetKind kind;
    private BigDecimal amount;
    private BigDecimal paid;
    private BigDecimal released;
    private BigDecimal recovered;
    private String deliberation;
    @Column(name = "voted_on")
    private LocalDate votedOn;
    private String label;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected CommitmentEntity() {
    }

    CommitmentEntity(NewCommitment commitment, String recordedBy) {
        this.id = UUID.randomUUID();
        this.grantId = commitment.grant();
        this.projectId = commitment.project() == null ? null : commitment.project().value();
        this.schoolId = commitment.school();
        this.budgetYear = commitment.year();
        this.kind = commitment.kind();
        this.amount = Euros.cents(commitment.amount());
        this.paid = BigDecimal.ZERO;
        this.released = BigDecimal.ZERO;
        this.recovered = BigDecimal.ZERO;
        this.deliberation = commitment.deliberation().strip();
        this.votedOn = commitment.votedOn();
        this.label = FreeText.optional(commitment.label());
        this.recordedBy = recordedBy;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    CommitmentId id() {
        return new CommitmentId(id);
    }

    UUID grantId() {
        return grantId;
    }

    UUID projectId() {
        return projectId;
    }

    UUID schoolId() {
        return schoolId;
    }

    int year() {
        return budgetYear;
    }

    BudgetKind kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal released() {
        return released;
    }

    BigDecimal paid() {
        return paid;
    }

    BigDecimal recovered() {
        return recovered;
    }

    String deliberation() {
        return deliberation;
    }

    LocalDate votedOn() {
        return votedOn;
    }

    String label() {
        return label;
    }

    BigDecimal toPay() {
        return amount.subtract(paid).subtract(released);
    }

    CommitmentStatus status() {
        if (released.signum() > 0) {
            return CommitmentStatus.RELEASED;
        }
        return toPay().signum() == 0 ? CommitmentStatus.PAID : CommitmentStatus.OPEN;
    }

    Commitment toCommitment() {
        return new Commitment(id.toString(), grantId, projectId == null ? null : projectId.toString(), schoolId,
                budgetYear, kind, amount, paid, released, toPay(), recovered, status(), deliberation, votedOn, label,
                recordedBy, recordedAt.toInstant(ZoneOffset.UTC));
    }
}
