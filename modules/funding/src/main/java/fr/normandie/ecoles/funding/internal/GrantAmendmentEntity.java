package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.funding.AmendmentForm;
import fr.normandie.ecoles.funding.GrantAmendment;
import fr.normandie.ecoles.funding.GrantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** An avenant, kept forever: its vote and the yearly amounts before and after it. */
@Entity
@Table(name = "grant_amendment", schema = "funding")
@NamedQuery(name = "GrantAmendmentEntity.ofGrant", query = "select a from GrantAmendmentEntity a "
        + "where a.grantId = :grant order by a.number")
public class GrantAmendmentEntity {

    @Id
    private UUID id;
    @Column(name = "grant_id")
    private UUID grantId;
    @Column(name = "amendment_no")
    private int number;
    @Column(name = "voted_on")
    private LocalDate votedOn;
    private String deliberation;
    private String reason;
    @Column(name = "amounts_before")
    private String before;
    @Column(name = "amounts_after")
    private String after;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected GrantAmendmentEntity() {
    }

    GrantAmendmentEntity(GrantId grant, int number, AmendmentForm form, List<BigDecimal> before, String by) {
        this.id = UUID.randomUUID();
        this.grantId = grant.value();
        this.number = number;
        this.votedOn = form.votedOn();
        this.deliberation = form.deliberation().strip();
        this.reason = FreeText.optional(form.reason());
        this.before = write(before);
        this.after = write(form.amounts());
        this.recordedBy = by;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String write(List<BigDecimal> amounts) {
        return amounts.stream().map(a -> Euros.cents(a).toPlainString()).collect(Collectors.joining(";"));
    }

    private static List<BigDecimal> read(String amounts) {
        return Arrays.stream(amounts.split(";")).map(BigDecimal::new).toList();
    }

    GrantAmendment toAmendment() {
        return new GrantAmendment(number, votedOn, deliberation, reason, read(before), read(after), recordedBy,
                recordedAt.toInstant(ZoneOffset.UTC));
    }
}
