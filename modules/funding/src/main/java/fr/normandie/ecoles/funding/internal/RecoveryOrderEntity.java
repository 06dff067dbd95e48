package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.RecoveryForm;
import fr.normandie.ecoles.funding.RecoveryId;
import fr.normandie.ecoles.funding.RecoveryOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A recovery order (titre de recette) on a commitment, followed until collected. */
@Entity
@Table(name = "recovery_order", schema = "funding")
@NamedQuery(name = "RecoveryOrderEntity.all", query = "select r from RecoveryOrderEntity r order by r.issuedOn, r.id")
@NamedQuery(name = "RecoveryOrderEntity.outstanding", query = "select r from RecoveryOrderEntity r "
        + "where r.collectedOn is null order by r.issuedOn, r.id")
@NamedQuery(name = "RecoveryOrderEntity.ofCommitments", query = "select r from RecoveryOrderEntity r "
        + "where r.commitmentId in :commitments order by r.issuedOn, r.id")
@NamedQuery(name = "RecoveryOrderEntity.collect", query = "update RecoveryOrderEntity r set r.collectedOn = :on, "
        + "r.collectedBy = :by where r.id = :id and r.collectedOn is null")
public class RecoveryOrderEntity {

    @Id
    private UUID id;
    @Column(name = "commitment_id")
    private UUID commitmentId;
    private BigDecimal amount;
    private String reason;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "collected_on")
    private LocalDate collectedOn;
    @Column(name = "collected_by")
    private String collectedBy;

    protected RecoveryOrderEntity() {
    }

    RecoveryOrderEntity(CommitmentEntity commitment, RecoveryForm form, String issuedBy) {
        this.id = UUID.randomUUID();
        this.commitmentId = commitment.id().value();
        this.amount = Euros.cents(form.amount());
        this.reason = form.reason().strip();
        this.issuedOn = form.issuedOn();
        this.issuedBy = issuedBy;
    }

    RecoveryId id() {
        return new RecoveryId(id);
    }

    UUID commitmentId() {
        return commitmentId;
    }

    BigDecimal amount() {
        return amount;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    RecoveryOrder toOrder(CommitmentEntity commitment, String beneficiary) {
        return new RecoveryOrder(id.toString(), commitmentId.toString(), commitment.grantId(),
                commitment.projectId() == null ? null : commitment.projectId().toString(), commitment.schoolId(),
                beneficiary, commitment.kind(), amount, reason, issuedOn, issuedBy, collectedOn, collectedBy);
    }
}
