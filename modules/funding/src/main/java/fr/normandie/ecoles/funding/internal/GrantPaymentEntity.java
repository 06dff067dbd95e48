package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantPayment;
import fr.normandie.ecoles.funding.GrantPaymentForm;
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

/** A payment on a grant, against one of its years; the balance is the last one, after the use report. */
@Entity
@Table(name = "grant_payment", schema = "funding")
@NamedQuery(name = "GrantPaymentEntity.ofGrant", query = "select p from GrantPaymentEntity p where p.grantId = :grant "
        + "order by p.paidOn, p.recordedAt")
@NamedQuery(name = "GrantPaymentEntity.withReference", query = "select count(p) from GrantPaymentEntity p "
        + "where p.grantId = :grant and p.reference = :reference")
public class GrantPaymentEntity {

    @Id
    private UUID id;
    @Column(name = "grant_id")
    private UUID grantId;
    @Column(name = "budget_year")
    private int year;
    private boolean balance;
    private BigDecimal amount;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    private String reference;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected GrantPaymentEntity() {
    }

    GrantPaymentEntity(GrantId grant, GrantPaymentForm form, boolean balance, String by) {
        this.id = UUID.randomUUID();
        this.grantId = grant.value();
        this.year = form.year();
        this.balance = balance;
        this.amount = Euros.cents(form.amount());
        this.paidOn = form.paidOn();
        this.reference = form.reference().strip();
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    GrantPayment toGrantPayment() {
        return new GrantPayment(id.toString(), year, balance, amount, paidOn, reference, recordedBy,
                recordedAt.toInstant(ZoneOffset.UTC));
    }
}
