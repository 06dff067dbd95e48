package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ProjectChange;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectNotInProgressException;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.StaleProjectException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "project", schema = "schools")
@NamedQuery(name = "ProjectEntity.byIds", query =
        "select p from ProjectEntity p join fetch p.carrier where p.id in :ids")
@NamedQuery(name = "ProjectEntity.ofCarrier", query =
        "select p from ProjectEntity p join fetch p.carrier where p.id = :id and p.carrier.id = :carrier")
public class ProjectEntity {

    @Id
    private UUID id;
    private String name;
    @ManyToOne(optional = false)
    @JoinColumn(name = "carrier_id")
    private CarrierEntity carrier;
    @Convert(converter = DiplomasConverter.class)
    private List<Diploma> diplomas;
    @Column(name = "family_contribution")
    private BigDecimal familyContribution;
    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "commune_code")
    private String communeCode;
    @Convert(converter = TextListConverter.class)
    private List<String> trades;
    private int capacity;
    @Column(name = "planned_opening")
    private LocalDate plannedOpening;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    @Column(name = "registered_at")
    @Convert(converter = InstantConverter.class)
    private Instant registeredAt;
    @Column(name = "registered_by")
    private String registeredBy;
    /** The project's officer (chargé·e de mission), to whom its staff tasks are offered first. */
    private String officer;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "ended_at")
    @Convert(converter = InstantConverter.class)
    private Instant endedAt;
    /** The last step completed, which the coverage projection reads. */
    @Column(name = "last_step")
    private String lastStep;
    @Version
    private long version;

    protected ProjectEntity() {
    }

    ProjectEntity(ProjectId id, ProjectRegistration registration, CarrierEntity carrier, String registeredBy,
                  Instant now) {
        this.id = id.value();
        apply(registration, carrier);
        this.status = ProjectStatus.IN_PROGRESS;
        this.registeredAt = now;
        this.registeredBy = registeredBy;
        this.officer = registeredBy;
    }

    String officer() {
        return officer;
    }

    /** Another officer takes the project; the previous one, as it was. */
    String handTo(String officer) {
        String previous = this.officer;
        this.officer = officer;
        return previous;
    }

    /** The registration's fields, as registered or edited since. */
    private void apply(ProjectRegistration registration, CarrierEntity carrier) {
        this.name = registration.name().strip();
        this.carrier = carrier;
        this.diplomas = List.copyOf(registration.diplomasOrNone());
        this.familyContribution = registration.familyContribution();
        this.departmentCode = registration.departmentCode();
        this.communeCode = registration.communeCode();
        this.trades = List.copyOf(registration.trades());
        this.capacity = registration.capacity();
        this.plannedOpening = registration.plannedOpening();
    }

    /** The project's registration as it stands. */
    private ProjectRegistration registration() {
        Carrier carried = carrier.toCarrier(List.of());
        return new ProjectRegistration(name, carried.name(), departmentCode, communeCode, trades, capacity,
                plannedOpening, carried.legalForm(), carried.nonProfit(), carried.siren(), diplomas, familyContribution,
                carried.id());
    }

    /**
     * Replaces the registration of a project in progress, edited on the given version.
     *
     * @return the fields that changed, before and after
     * @throws StaleProjectException when the project is no longer at that version
     */
    List<ProjectChange> edit(long editedOn, ProjectRegistration edited, CarrierEntity carrier) {
        requireInProgress();
        if (editedOn != version) {
            throw new StaleProjectException(editedOn);
        }
        ProjectRegistration before = registration();
        apply(edited, carrier);
        ProjectRegistration after = registration();
        return Arrays.stream(RegistrationField.values()).filter(field -> field.differs(before, after))
                .map(field -> new ProjectChange(field.field(), field.text(before), field.text(after))).toList();
    }

    /** A step was reopened: the project now counts as having completed only the step before it, if any. */
    void reopened(String stepBefore) {
        requireInProgress();
        this.lastStep = stepBefore;
    }

    ProjectId id() {
        return new ProjectId(id);
    }

    String name() {
        return name;
    }

    CarrierEntity carrier() {
        return carrier;
    }

    String departmentCode() {
        return departmentCode;
    }

    String communeCode() {
        return communeCode;
    }

    List<String> trades() {
        return trades;
    }

    int capacity() {
        return capacity;
    }

    void requireInProgress() {
        if (status != ProjectStatus.IN_PROGRESS) {
            throw new ProjectNotInProgressException(id(), status);
        }
    }

    void completed(String step) {
        this.lastStep = step;
    }

    /** The project ends; the reason says why (the step that closed it, or the officer's words). */
    void end(ProjectStatus outcome, String reason, Instant at) {
        requireInProgress();
        this.status = outcome;
        this.endReason = reason;
        this.endedAt = at;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    LocalDate plannedOpening() {
        return plannedOpening;
    }

    ProjectStatus status() {
        return status;
    }

    String lastStep() {
        return lastStep;
    }

    ProjectSummary toSummary(Commune commune) {
        Carrier carried = carrier.toCarrier(List.of());
        return new ProjectSummary(id(), name, carried.name(), carried.legalForm(), carried.nonProfit(), carried.siren(),
                departmentCode, communeCode, commune == null ? null : commune.name(),
                commune == null ? null : commune.epciSiren(), commune == null ? null : commune.epciName(),
                trades, diplomas, capacity, familyContribution, plannedOpening, status, registeredAt, registeredBy,
                endReason, carried.id(), version);
    }
}
