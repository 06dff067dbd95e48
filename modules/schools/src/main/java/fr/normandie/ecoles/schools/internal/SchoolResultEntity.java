package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "school_result", schema = "schools")
@IdClass(SchoolResultEntity.Key.class)
@NamedQuery(name = "SchoolResultEntity.ofSchool", query =
        "select r from SchoolResultEntity r where r.schoolId = :school order by r.schoolYear")
@NamedQuery(name = "SchoolResultEntity.all", query = "select r from SchoolResultEntity r order by r.schoolId, r.schoolYear")
public class SchoolResultEntity {

    @Id
    @Column(name = "school_id")
    private UUID schoolId;
    @Id
    @Column(name = "school_year")
    private int schoolYear;
    private int pupils;
    @Column(name = "diplomas_passed")
    private int diplomasPassed;
    @Column(name = "leavers_job")
    private int leaversJob;
    @Column(name = "leavers_further_study")
    private int leaversFurtherStudy;
    @Column(name = "leavers_apprenticeship")
    private int leaversApprenticeship;
    @Column(name = "leavers_other")
    private int leaversOther;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    /** The composite key: one row per school and school year. */
    public static class Key implements Serializable {
        private UUID schoolId;
        private int schoolYear;

        public Key() {
        }

        Key(UUID schoolId, int schoolYear) {
            this.schoolId = schoolId;
            this.schoolYear = schoolYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.schoolId.equals(schoolId) && k.schoolYear == schoolYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, schoolYear);
        }
    }

    protected SchoolResultEntity() {
    }

    SchoolResultEntity(UUID schoolId, int schoolYear) {
        this.schoolId = schoolId;
        this.schoolYear = schoolYear;
    }

    UUID schoolId() {
        return schoolId;
    }

    void record(YearlyResults results, String by, Instant at) {
        this.pupils = results.pupils();
        this.diplomasPassed = results.diplomasPassed();
        this.leaversJob = results.leaversJob();
        this.leaversFurtherStudy = results.leaversFurtherStudy();
        this.leaversApprenticeship = results.leaversApprenticeship();
        this.leaversOther = results.leaversOther();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    YearlyResults toResults() {
        return new YearlyResults(schoolYear, pupils, diplomasPassed, leaversJob, leaversFurtherStudy,
                leaversApprenticeship, leaversOther);
    }
}
