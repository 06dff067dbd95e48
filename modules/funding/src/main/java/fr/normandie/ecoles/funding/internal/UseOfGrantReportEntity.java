package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.UseOfGrantForm;
import fr.normandie.ecoles.funding.UseOfGrantReport;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.schools.ReportState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A school's use-of-grant report for one year of a grant (issue 16). */
@Entity
@Table(name = "use_of_grant_report", schema = "funding")
@IdClass(UseOfGrantReportEntity.Key.class)
@NamedQuery(name = "UseOfGrantReportEntity.ofGrants", query = "select r from UseOfGrantReportEntity r "
        + "where r.grantId in :grants order by r.year")
@NamedQuery(name = "UseOfGrantReportEntity.validated", query = "select count(r) from UseOfGrantReportEntity r "
        + "where r.grantId = :grant and r.year = :year and r.state = fr.normandie.ecoles.schools.ReportState.VALIDATED")
public class UseOfGrantReportEntity {

    @Id
    @Column(name = "grant_id")
    private UUID grantId;
    @Id
    @Column(name = "report_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private ReportState state;
    @Column(name = "spent_staff")
    private BigDecimal staff;
    @Column(name = "spent_supplies")
    private BigDecimal supplies;
    @Column(name = "spent_equipment")
    private BigDecimal equipment;
    @Column(name = "spent_premises")
    private BigDecimal premises;
    @Column(name = "spent_other")
    private BigDecimal other;
    private String summary;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "validated_by")
    private String validatedBy;
    @Column(name = "validated_at")
    private LocalDateTime validatedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Version
    private long version;

    /** The composite key: one report per grant and year. */
    public static class Key implements Serializable {
        private UUID grantId;
        private int year;

        public Key() {
        }

        Key(UUID grantId, int year) {
            this.grantId = grantId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.grantId.equals(grantId) && k.year == year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(grantId, year);
        }
    }

    protected UseOfGrantReportEntity() {
    }

    UseOfGrantReportEntity(UUID grantId, int year) {
        this.grantId = grantId;
        this.year = year;
    }

    /** The report as filed; by a carrier it waits for validation, by a funding officer it is validated at once. */
    void file(UseOfGrantForm form, String by, LocalDateTime at, boolean validated) {
        this.staff = Euros.cents(form.staff());
        this.supplies = Euros.cents(form.supplies());
        this.equipment = Euros.cents(form.equipment());
        this.premises = Euros.cents(form.premises());
        this.other = Euros.cents(form.other());
        this.summary = FreeText.optional(form.summary());
        this.submittedBy = by;
        this.submittedAt = at;
        if (validated) {
            validated(by, at);
        } else {
            this.state = ReportState.SUBMITTED;
            this.validatedBy = null;
            this.validatedAt = null;
        }
    }

    void validated(String by, LocalDateTime at) {
        this.state = ReportState.VALIDATED;
        this.validatedBy = by;
        this.validatedAt = at;
        this.returnReason = null;
    }

    void sentBack(String reason) {
        this.state = ReportState.RETURNED;
        this.returnReason = reason;
    }

    UUID grantId() { return grantId; }
    int year() { return year; }
    ReportState state() { return state; }
    long version() { return version; }

    UseOfGrantReport toReport(UUID school, String schoolName, GrantKind kind) {
        BigDecimal total = staff.add(supplies).add(equipment).add(premises).add(other);
        return new UseOfGrantReport(grantId.toString(), Objects.toString(school, null), schoolName, kind, year, state,
                staff, supplies, equipment, premises, other, total, summary, submittedBy,
                submittedAt.toInstant(ZoneOffset.UTC), validatedBy,
                validatedAt == null ? null : validatedAt.toInstant(ZoneOffset.UTC), returnReason, version);
    }
}
