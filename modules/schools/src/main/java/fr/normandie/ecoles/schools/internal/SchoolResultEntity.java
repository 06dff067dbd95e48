package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "school_result", schema = "schools")
@IdClass(SchoolResultEntity.Key.class)
@NamedQuery(name = "SchoolResultEntity.ofSchool", query =
        "select r from SchoolResultEntity r where r.schoolId = :school order by r.schoolYear")
@NamedQuery(name = "SchoolResultEntity.all", query =
        "select distinct r from SchoolResultEntity r left join fetch r.diplomas order by r.schoolId, r.schoolYear")
@NamedQuery(name = "SchoolResultEntity.startedBy", query = "select distinct r from SchoolResultEntity r "
        + "left join fetch r.diplomas where r.schoolYear <= :lastYear order by r.schoolId, r.schoolYear")
public class SchoolResultEntity {

    @Id
    @Column(name = "school_id")
    private UUID schoolId;
    @Id
    @Column(name = "school_year")
    private int schoolYear;
    private int pupils;
    /** The age groups and the Mission Locale's referrals: null in results recorded before they were asked for. */
    @Column(name = "pupils_under_16")
    private Integer pupilsUnder16;
    @Column(name = "pupils_16_to_18")
    private Integer pupils16To18;
    @Column(name = "pupils_over_18")
    private Integer pupilsOver18;
    @Column(name = "referred_by_mission_locale")
    private Integer referredByMissionLocale;
    /** The year's diplomas passed, all diplomas together (the only diploma figure of the earliest results). */
    @Column(name = "diplomas_passed")
    private int diplomasPassed;
    @Column(name = "leavers_job")
    private int leaversJob;
    @Column(name = "leavers_further_study")
    private int leaversFurtherStudy;
    /** Leavers in apprenticeship or another work-study contract. */
    @Column(name = "leavers_apprenticeship")
    private int leaversApprenticeship;
    @Column(name = "leavers_other")
    private int leaversOther;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_result_diploma", schema = "schools", joinColumns = {
            @JoinColumn(name = "school_id", referencedColumnName = "school_id"),
            @JoinColumn(name = "school_year", referencedColumnName = "school_year")})
    @OrderBy("diploma")
    private List<DiplomaResultEntry> diplomas = new ArrayList<>();

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

    int schoolYear() {
        return schoolYear;
    }

    /** Records results whose totals are computed ({@link YearlyResults#withTotals()}). */
    void record(YearlyResults results, String by, Instant at) {
        this.pupils = results.pupils();
        this.pupilsUnder16 = results.pupilsUnder16();
        this.pupils16To18 = results.pupils16To18();
        this.pupilsOver18 = results.pupilsOver18();
        this.referredByMissionLocale = results.referredByMissionLocale();
        this.diplomas.clear();
        results.diplomas().forEach(d -> this.diplomas.add(new DiplomaResultEntry(d)));
        this.diplomasPassed = results.diplomasPassed();
        this.leaversJob = results.leaversJob();
        this.leaversFurtherStudy = results.leaversFurtherStudy();
        this.leaversApprenticeship = results.leaversApprenticeship();
        this.leaversOther = results.leaversOther();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    YearlyResults toResults() {
        return new YearlyResults(schoolYear, pupilsUnder16, pupils16To18, pupilsOver18, pupils, referredByMissionLocale,
                diplomas.stream().map(DiplomaResultEntry::toResults).toList(), diplomasPassed, leaversJob,
                leaversApprenticeship, leaversFurtherStudy, leaversOther);
    }
}
