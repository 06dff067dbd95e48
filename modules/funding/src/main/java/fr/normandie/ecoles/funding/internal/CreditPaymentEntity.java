package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.UuidColumnConverter;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.CreditPayment;
import fr.normandie.ecoles.funding.PaymentOrder;
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

/** A payment against a commitment, charged to the CP of the year it was paid in. */
@Entity
@Table(name = "credit_payment", schema = "funding")
@NamedQuery(name = "CreditPaymentEntity.ofCommitment", query = "select p from CreditPaymentEntity p "
        + "where p.commitmentId = :commitment order by p.paidOn, p.recordedAt")
@NamedQuery(name = "CreditPaymentEntity.upTo", query = "select p from CreditPaymentEntity p "
        + "where p.paidOn <= :until order by p.paidOn, p.recordedAt")
public class CreditPaymentEntity {

    @Id
    private UUID id;
    @Column(name = "commitment_id")
    private UUID commitmentId;
    @Column(name = "credit_year")
    private int creditYear;
    @Enumerated(EnumType.STRING)
    private BudgetKind kind;
    private BigDecimal amount;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    private String reference;
    @Column(name = "payment_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID paymentId;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected CreditPaymentEntity() {
    }

    CreditPaymentEntity(CommitmentEntity commitment, PaymentOrder order, UUID paymentId, String recordedBy) {
        this.id = UUID.randomUUID();
        this.commitmentId = commitment.id().value();
        this.creditYear = order.paidOn().getYear();
        this.kind = commitment.kind();
        this.amount = Euros.cents(order.amount());
        this.paidOn = order.paidOn();
        this.reference = order.reference().strip();
        this.paymentId = paymentId;
        this.recordedBy = recordedBy;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    UUID commitmentId() {
        return commitmentId;
    }

    BigDecimal amount() {
        return amount;
    }

    LocalDate paidOn() {
        return paidOn;
    }

    String reference() {
        return reference;
    }

    CreditPayment toPayment() {
        return new CreditPayment(id.toString(), commitmentId.toString(), creditYear, kind, amount, paidOn, reference,
                recordedBy, recordedAt.toInstant(ZoneOffset.UTC));
    }
}
