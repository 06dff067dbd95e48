package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ReportState;
import fr.normandie.ecoles.schools.ResultsReport;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "school_result", schema = "schools")
@IdClass(SchoolResultEntity.Key.class)
@NamedQuery(name = "SchoolResultEntity.ofSchool", query = "select r from SchoolResultEntity r where r.schoolId = :school "
        + "and r.state = fr.normandie.ecoles.schools.ReportState.VALIDATED order by r.schoolYear")
@NamedQuery(name = "SchoolResultEntity.all", query = "select distinct r from SchoolResultEntity r left join fetch r.diplomas "
        + "where r.state = fr.normandie.ecoles.schools.ReportState.VALIDATED order by r.schoolId, r.schoolYear")
@NamedQuery(name = "SchoolResultEntity.startedBy", query = "select distinct r from SchoolResultEntity r "
        + "left join fetch r.diplomas where r.schoolYear <= :lastYear "
        + "and r.state = fr.normandie.ecoles.schools.ReportState.VALIDATED order by r.schoolId, r.schoolYear")
@NamedQuery(name = "SchoolResultEntity.reportsOf", query = "select r from SchoolResultEntity r where r.schoolId = :school "
        + "order by r.schoolYear desc")
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
    /** Issue 16: only VALIDATED results count; the school's own submissions wait for the Region's validation. */
    @Enumerated(EnumType.STRING)
    private ReportState state;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    @Convert(converter = InstantConverter.class)
    private Instant submittedAt;
    @Column(name = "validated_by")
    private String validatedBy;
    @Column(name = "validated_at")
    @Convert(converter = InstantConverter.class)
    private Instant validatedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Version
    private long version;
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

    /** Results entered by the Region's staff: validated at once, as they were before the school filed its own. */
    void recordValidated(YearlyResults results, String by, Instant at) {
        record(results, by, at);
        validated(by, at);
    }

    /** Results the school submits (or corrects): they wait for the Region, the reason of an earlier return is kept. */
    void submit(YearlyResults results, String by, Instant at) {
        record(results, by, at);
        this.state = ReportState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
        this.validatedBy = null;
        this.validatedAt = null;
    }

    void validated(String by, Instant at) {
        this.state = ReportState.VALIDATED;
        this.validatedBy = by;
        this.validatedAt = at;
        this.returnReason = null;
    }

    void sentBack(String reason) {
        this.state = ReportState.RETURNED;
        this.returnReason = reason;
    }

    ReportState state() {
        return state;
    }

    long version() {
        return version;
    }

    ResultsReport toReport(String schoolName) {
        return new ResultsReport(schoolId, schoolName, schoolYear, state, toResults(), submittedBy, submittedAt,
                validatedBy, validatedAt, returnReason, version);
    }

    /** Records results whose totals are computed ({@link YearlyResults#withTotals()}). */
    private void record(YearlyResults results, String by, Instant at) {
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
