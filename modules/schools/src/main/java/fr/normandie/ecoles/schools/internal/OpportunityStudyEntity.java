package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.OpportunityStudyForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.RecordedStep;
import fr.normandie.ecoles.schools.StudyConclusion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "opportunity_study", schema = "schools")
@NamedQuery(name = "OpportunityStudyEntity.ofProject", query =
        "select s from OpportunityStudyEntity s where s.projectId = :project order by s.recordedAt")
public class OpportunityStudyEntity extends StepRoundEntity {

    @Enumerated(EnumType.STRING)
    private StudyConclusion conclusion;
    @Column(name = "partner_firms")
    @Convert(converter = TextListConverter.class)
    private List<String> partnerFirms;
    private String summary;
    private String author;
    @Column(name = "study_date")
    private LocalDate studyDate;
    @Column(name = "recruitment_needs")
    private String recruitmentNeeds;
    private String outlets;
    @Column(name = "conclusion_reasons")
    private String conclusionReasons;

    protected OpportunityStudyEntity() {
    }

    OpportunityStudyEntity(ProjectId project, OpportunityStudyForm form, String recordedBy, Instant at) {
        super(project, recordedBy, at);
        this.conclusion = form.conclusion();
        this.partnerFirms = List.copyOf(form.partnerFirms());
        this.summary = form.summary().strip();
        this.author = form.author();
        this.studyDate = form.studyDate();
        this.recruitmentNeeds = form.recruitmentNeeds();
        this.outlets = form.outlets();
        this.conclusionReasons = form.conclusionReasons();
    }

    RecordedStep<OpportunityStudyForm> toRecorded() {
        return new RecordedStep<>(recordedAt(), recordedBy(), new OpportunityStudyForm(conclusion, partnerFirms, summary,
                author, studyDate, recruitmentNeeds, outlets, conclusionReasons));
    }
}
