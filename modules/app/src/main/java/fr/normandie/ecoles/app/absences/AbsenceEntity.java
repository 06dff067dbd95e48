package fr.normandie.ecoles.app.absences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One absence, as declared. */
@Entity
@Table(name = "absence", schema = "accounts")
@NamedQuery(name = "AbsenceEntity.ofPerson", query =
        "select a from AbsenceEntity a where a.username = :person order by a.startsOn")
@NamedQuery(name = "AbsenceEntity.overlapping", query = "select a from AbsenceEntity a where a.username = :person "
        + "and a.startsOn <= :to and a.endsOn >= :from")
@NamedQuery(name = "AbsenceEntity.inForceOf", query = "select a from AbsenceEntity a where a.username in :people "
        + "and a.startsOn <= :day and a.endsOn >= :day")
@NamedQuery(name = "AbsenceEntity.inForceFor", query = "select a from AbsenceEntity a where a.substitute = :substitute "
        + "and a.startsOn <= :day and a.endsOn >= :day")
public class AbsenceEntity {

    @Id
    private UUID id;
    private String username;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String substitute;
    @Column(name = "declared_at")
    private LocalDateTime declaredAt;

    protected AbsenceEntity() {
    }

    AbsenceEntity(String person, AbsenceForm form, String substitute, LocalDateTime declaredAt) {
        this.id = UUID.randomUUID();
        this.username = person;
        this.startsOn = form.from();
        this.endsOn = form.to();
        this.substitute = substitute;
        this.declaredAt = declaredAt;
    }

    /** Whether its last day comes after the day (so it is in force or to come the day after). */
    boolean endsAfter(LocalDate day) {
        return endsOn.isAfter(day);
    }

    /** Whether its first day comes after the day. */
    boolean beginsAfter(LocalDate day) {
        return startsOn.isAfter(day);
    }

    /** Ends it on this day, which is not before its first. */
    void endOn(LocalDate day) {
        this.endsOn = day;
    }

    Absence toAbsence() {
        return new Absence(id, username, startsOn, endsOn, substitute);
    }
}
