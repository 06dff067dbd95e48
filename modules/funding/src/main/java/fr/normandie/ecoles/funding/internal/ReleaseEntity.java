package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Release;
import fr.normandie.ecoles.funding.ReleaseReason;
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

/** A release (désengagement): who gave back what was left of a commitment to its year, when and why. */
@Entity
@Table(name = "commitment_release", schema = "funding")
@NamedQuery(name = "ReleaseEntity.ofCommitment", query = "select r from ReleaseEntity r "
        + "where r.commitmentId = :commitment order by r.releasedAt")
@NamedQuery(name = "ReleaseEntity.all", query = "select r from ReleaseEntity r order by r.releasedAt")
public class ReleaseEntity {

    @Id
    private UUID id;
    @Column(name = "commitment_id")
    private UUID commitmentId;
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private ReleaseReason reason;
    private String explanation;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "released_at")
    private LocalDateTime releasedAt;

    protected ReleaseEntity() {
    }

    ReleaseEntity(CommitmentEntity commitment, ReleaseReason reason, String explanation, String releasedBy) {
        this.id = UUID.randomUUID();
        this.commitmentId = commitment.id().value();
        this.amount = commitment.released();
        this.reason = reason;
        this.explanation = explanation.strip();
        this.releasedBy = releasedBy;
        this.releasedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    UUID commitmentId() {
        return commitmentId;
    }

    BigDecimal amount() {
        return amount;
    }

    LocalDateTime releasedAt() {
        return releasedAt;
    }

    Release toRelease(CommitmentEntity commitment) {
        return new Release(id.toString(), commitmentId.toString(), commitment.year(), commitment.kind(), amount, reason,
                explanation, releasedBy, releasedAt.toInstant(ZoneOffset.UTC));
    }
}
