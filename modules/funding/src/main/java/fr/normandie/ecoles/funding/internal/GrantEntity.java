package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.UuidColumnConverter;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.funding.InstructionOpinion;
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
import java.util.List;
import java.util.UUID;

/**
 * A grant: its subject (an open school, or for an opening grant a project), the school's budget, the instruction,
 * the vote, the agreement, the use report, what is granted, paid and held back as the balance. Money moves by the
 * conditional updates below, under the row's lock, so that payments racing on one grant never exceed it.
 */
@Entity
@Table(name = "school_grant", schema = "funding")
@NamedQuery(name = "GrantEntity.all", query = "select g from GrantEntity g order by g.requestedAt desc")
@NamedQuery(name = "GrantEntity.ofSchool", query = "select g from GrantEntity g where g.schoolId = :school "
        + "order by g.requestedAt desc")
@NamedQuery(name = "GrantEntity.inStatus", query = "select g from GrantEntity g where g.status in :statuses "
        + "order by g.requestedAt desc")
@NamedQuery(name = "GrantEntity.balanceUntold", query = "select g from GrantEntity g where g.status = :status "
        + "and g.balanceNoticeAt is null order by g.id")
@NamedQuery(name = "GrantEntity.payInstalment", query = "update GrantEntity g set g.paid = g.paid + :amount "
        + "where g.id = :id and g.paid + :amount <= g.granted - g.balance")
@NamedQuery(name = "GrantEntity.payBalance", query = "update GrantEntity g set g.paid = g.paid + :amount "
        + "where g.id = :id and g.paid + :amount = g.granted")
public class GrantEntity {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private GrantKind kind;
    @Enumerated(EnumType.STRING)
    private GrantStatus status;
    @Column(name = "school_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID schoolId;
    @Column(name = "project_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID projectId;
    private String purpose;
    @Column(name = "first_year")
    private int firstYear;
    private int years;
    @Column(name = "budget_expenses")
    private BigDecimal expenses;
    @Column(name = "budget_workshop_sales")
    private BigDecimal workshopSales;
    @Column(name = "budget_other_funders")
    private BigDecimal otherFunders;
    @Column(name = "budget_apprenticeship_tax")
    private BigDecimal apprenticeshipTax;
    @Enumerated(EnumType.STRING)
    @Column(name = "instruction_opinion")
    private InstructionOpinion opinion;
    @Column(name = "instruction_note")
    private String instructionNote;
    @Column(name = "instructed_by")
    private String instructedBy;
    @Column(name = "voted_on")
    private LocalDate votedOn;
    private String deliberation;
    @Column(name = "rule_warnings")
    private String ruleWarnings;
    private String justification;
    @Column(name = "agreement_required")
    private boolean agreementRequired;
    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;
    @Column(name = "agreement_reference")
    private String agreementReference;
    @Column(name = "report_received_on")
    private LocalDate reportReceivedOn;
    /** When the funding officers were told that the balance falls due (issue 15). */
    @Column(name = "due_notice_at")
    private LocalDateTime balanceNoticeAt;
    @Column(name = "report_spent")
    private BigDecimal reportSpent;
    @Column(name = "report_justified")
    private Boolean reportJustified;
    @Column(name = "report_summary")
    private String reportSummary;
    private BigDecimal granted;
    private BigDecimal paid;
    private BigDecimal balance;
    @Column(name = "subsidy_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID subsidyId;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    protected GrantEntity() {
    }

    /** A school's request, as received. */
    GrantEntity(GrantRequestForm form, String by) {
        this.id = UUID.randomUUID();
        this.kind = form.kind();
        this.status = GrantStatus.REQUESTED;
        this.schoolId = form.school();
        this.purpose = FreeText.optional(form.purpose());
        this.firstYear = form.firstYear();
        this.years = form.amounts().size();
        this.expenses = Euros.cents(form.expenses());
        this.workshopSales = cents(form.workshopSales());
        this.otherFunders = cents(form.otherFunders());
        this.apprenticeshipTax = cents(form.apprenticeshipTax());
        this.granted = BigDecimal.ZERO;
        this.paid = BigDecimal.ZERO;
        this.balance = BigDecimal.ZERO;
        this.requestedBy = by;
        this.requestedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** The opening process's subsidy decision, as a grant of one year (the envelope's) with the same id. */
    GrantEntity(UUID subsidyId, UUID projectId, boolean granted, int year, LocalDate votedOn, String deliberation,
                BigDecimal total, boolean agreementRequired, String by) {
        this.id = subsidyId;
        this.subsidyId = subsidyId;
        this.kind = GrantKind.OPENING;
        this.status = granted ? GrantStatus.VOTED : GrantStatus.REFUSED;
        this.projectId = projectId;
        this.firstYear = year;
        this.years = 1;
        this.votedOn = votedOn;
        this.deliberation = deliberation;
        this.agreementRequired = agreementRequired;
        this.granted = Euros.cents(total);
        this.paid = BigDecimal.ZERO;
        this.balance = BigDecimal.ZERO;
        this.requestedBy = by;
        this.requestedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : Euros.cents(amount);
    }

    void instructed(InstructionOpinion opinion, String note, String by) {
        this.opinion = opinion;
        this.instructionNote = FreeText.optional(note);
        this.instructedBy = by;
        this.status = GrantStatus.INSTRUCTED;
    }

    void refused(LocalDate votedOn, String deliberation) {
        this.votedOn = votedOn;
        this.deliberation = deliberation.strip();
        this.status = GrantStatus.REFUSED;
    }

    void voted(LocalDate votedOn, String deliberation, BigDecimal total, BigDecimal balance, boolean agreementRequired) {
        this.votedOn = votedOn;
        this.deliberation = deliberation.strip();
        this.granted = total;
        this.balance = balance;
        this.agreementRequired = agreementRequired;
        this.status = agreementRequired ? GrantStatus.VOTED : GrantStatus.PAYING;
    }

    void signed(LocalDate signedOn, String reference) {
        this.agreementSignedOn = signedOn;
        this.agreementReference = reference.strip();
        this.status = GrantStatus.PAYING;
    }

    /** The share rules the vote departs from, one per line, and why the committee granted it anyway. */
    void justified(List<String> warnings, String justification) {
        this.ruleWarnings = warnings.isEmpty() ? null : String.join("\n", warnings);
        this.justification = FreeText.optional(justification);
    }

    List<String> ruleWarnings() {
        return ruleWarnings == null ? List.of() : List.of(ruleWarnings.split("\n"));
    }

    String justification() {
        return justification;
    }

    void amended(BigDecimal total, BigDecimal balance) {
        this.granted = total;
        this.balance = balance;
    }

    void reported(LocalDate receivedOn, BigDecimal spent, boolean justified, String summary) {
        this.reportReceivedOn = receivedOn;
        this.reportSpent = Euros.cents(spent);
        this.reportJustified = justified;
        this.reportSummary = FreeText.optional(summary);
        this.status = justified ? GrantStatus.BALANCE_DUE : GrantStatus.BALANCE_WITHHELD;
    }

    void status(GrantStatus status) {
        this.status = status;
    }

    GrantId id() {
        return new GrantId(id);
    }

    GrantKind kind() { return kind; }
    GrantStatus status() { return status; }
    UUID schoolId() { return schoolId; }
    UUID projectId() { return projectId; }
    String purpose() { return purpose; }
    int firstYear() { return firstYear; }
    int years() { return years; }
    BigDecimal expenses() { return expenses; }
    BigDecimal workshopSales() { return workshopSales; }
    BigDecimal otherFunders() { return otherFunders; }
    BigDecimal apprenticeshipTax() { return apprenticeshipTax; }
    InstructionOpinion opinion() { return opinion; }
    String instructionNote() { return instructionNote; }
    LocalDate votedOn() { return votedOn; }
    String deliberation() { return deliberation; }
    boolean agreementRequired() { return agreementRequired; }
    LocalDate agreementSignedOn() { return agreementSignedOn; }
    String agreementReference() { return agreementReference; }
    LocalDate reportReceivedOn() { return reportReceivedOn; }
    BigDecimal reportSpent() { return reportSpent; }
    Boolean reportJustified() { return reportJustified; }
    String reportSummary() { return reportSummary; }
    BigDecimal granted() { return granted; }
    BigDecimal paid() { return paid; }
    BigDecimal balance() { return balance; }
    String requestedBy() { return requestedBy; }
    LocalDateTime requestedAt() { return requestedAt; }

    /** What may still be paid before the use report: everything granted but the balance. */
    BigDecimal instalmentsLeft() {
        return granted.subtract(balance).subtract(paid);
    }
}
