package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduleLineForm;
import fr.normandie.ecoles.funding.ScheduledPayment;
import fr.normandie.ecoles.funding.SubsidyId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A planned payment of a grant. {@code paid} changes only through the conditional update below: its
 * CHECK constraint keeps it within the line's amount.
 */
@Entity
@Table(name = "schedule_line", schema = "funding")
@NamedQuery(name = "ScheduleLineEntity.ofDecisions", query = "select l from ScheduleLineEntity l "
        + "where l.decisionId in :decisions order by l.decisionId, l.lineNumber")
@NamedQuery(name = "ScheduleLineEntity.pay", query = "update ScheduleLineEntity l set l.paid = l.paid + :amount "
        + "where l.decisionId = :decision and l.lineNumber = :lineNumber and l.paid + :amount <= l.amount")
@NamedQuery(name = "ScheduleLineEntity.deleteOfDecision", query = "delete from ScheduleLineEntity l "
        + "where l.decisionId = :decision")
@NamedQuery(name = "ScheduleLineEntity.fallingDueUntold", query = "select l from ScheduleLineEntity l "
        + "where l.paid < l.amount and l.dueNoticeAt is null and l.dueOn between :from and :until "
        + "order by l.dueOn, l.decisionId, l.lineNumber")
public class ScheduleLineEntity {

    @Id
    private UUID id;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "line_no")
    private int lineNumber;
    @Enumerated(EnumType.STRING)
    private PaymentKind kind;
    private BigDecimal amount;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "release_condition")
    private String condition;
    private BigDecimal paid;
    /** When its falling due was told (issue 15); written only by {@link JpaDuePayments}' conditional update. */
    @Column(name = "due_notice_at", insertable = false, updatable = false)
    private LocalDateTime dueNoticeAt;

    protected ScheduleLineEntity() {
    }

    ScheduleLineEntity(SubsidyId decision, int number, ScheduleLineForm line) {
        this.id = UUID.randomUUID();
        this.decisionId = decision.value();
        this.lineNumber = number;
        this.kind = line.kind();
        this.amount = Euros.cents(line.amount());
        this.dueOn = line.dueOn();
        this.condition = FreeText.optional(line.condition());
        this.paid = Euros.cents(BigDecimal.ZERO);
    }

    UUID id() {
        return id;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    SubsidyId decisionId() {
        return new SubsidyId(decisionId);
    }

    int number() {
        return lineNumber;
    }

    PaymentKind kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal toPay() {
        return amount.subtract(paid);
    }

    ScheduledPayment toScheduledPayment() {
        return new ScheduledPayment(lineNumber, kind, amount, dueOn, condition, paid, toPay());
    }
}
