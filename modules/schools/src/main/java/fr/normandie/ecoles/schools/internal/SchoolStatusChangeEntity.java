package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.SchoolChange;
import fr.normandie.ecoles.schools.SchoolChangeForm;
import fr.normandie.ecoles.schools.SchoolStatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A suspension, resumption or closure of a school. */
@Entity
@Table(name = "school_status_change", schema = "schools")
@NamedQuery(name = "SchoolStatusChange.ofSchool", query = "select c from SchoolStatusChangeEntity c "
        + "where c.schoolId = :school order by c.effectiveOn, c.recordedAt")
@NamedQuery(name = "SchoolStatusChange.all", query = "select c from SchoolStatusChangeEntity c "
        + "order by c.effectiveOn, c.recordedAt")
public class SchoolStatusChangeEntity {

    @Id
    private UUID id;
    @Column(name = "school_id")
    private UUID schoolId;
    @Enumerated(EnumType.STRING)
    private SchoolChange kind;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    protected SchoolStatusChangeEntity() {
    }

    SchoolStatusChangeEntity(UUID schoolId, SchoolChangeForm form, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.schoolId = schoolId;
        this.kind = form.change();
        this.effectiveOn = form.effectiveOn();
        this.reason = form.reason().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID schoolId() {
        return schoolId;
    }

    OpenPeriods.Change toChange() {
        return new OpenPeriods.Change(kind, effectiveOn);
    }

    SchoolStatusChange toStatusChange() {
        return new SchoolStatusChange(kind, effectiveOn, reason, recordedBy, recordedAt);
    }
}
