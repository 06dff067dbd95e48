package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.Payment;
import fr.normandie.ecoles.funding.PaymentForm;
import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.SubsidyId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A payment made to the carrier against a line of a grant's schedule. */
@Entity
@Table(name = "payment", schema = "funding")
@NamedQuery(name = "PaymentEntity.ofDecisions", query = "select p from PaymentEntity p "
        + "where p.decisionId in :decisions order by p.paidOn, p.recordedAt")
@NamedQuery(name = "PaymentEntity.withReference", query = "select count(p) from PaymentEntity p "
        + "where p.decisionId = :decision and p.reference = :reference")
public class PaymentEntity {

    @Id
    private UUID id;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "line_no")
    private int lineNumber;
    private BigDecimal amount;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    private String reference;
    @Column(name = "supporting_documents")
    private String supportingDocuments;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected PaymentEntity() {
    }

    PaymentEntity(SubsidyId decision, PaymentForm form, String recordedBy) {
        this.id = UUID.randomUUID();
        this.decisionId = decision.value();
        this.lineNumber = form.line();
        this.amount = Euros.cents(form.amount());
        this.paidOn = form.paidOn();
        this.reference = form.reference().strip();
        this.supportingDocuments = FreeText.optional(form.supportingDocuments());
        this.recordedBy = recordedBy;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    UUID id() {
        return id;
    }

    SubsidyId decisionId() {
        return new SubsidyId(decisionId);
    }

    int line() {
        return lineNumber;
    }

    Payment toPayment(PaymentKind kind) {
        return new Payment(id.toString(), lineNumber, kind, amount, paidOn, reference, supportingDocuments, recordedBy,
                recordedAt.toInstant(ZoneOffset.UTC));
    }
}
