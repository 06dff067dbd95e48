package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.InsertionCommitmentForm;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.RecordedStep;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "insertion_commitment", schema = "schools")
@NamedQuery(name = "InsertionCommitmentEntity.ofProject", query =
        "select i from InsertionCommitmentEntity i where i.projectId = :project order by i.recordedAt")
public class InsertionCommitmentEntity extends StepRoundEntity {

    private boolean secured;
    @Column(name = "partner_firms")
    @Convert(converter = TextListConverter.class)
    private List<String> partnerFirms;
    @Column(name = "target_insertion_rate")
    private int targetInsertionRate;
    @Column(name = "mission_locale_agreement")
    private Boolean missionLocaleAgreement;
    @Column(name = "mission_locale")
    private String missionLocale;
    @ElementCollection
    @CollectionTable(name = "hiring_commitment", schema = "schools", joinColumns = @JoinColumn(name = "insertion_id"))
    @OrderColumn(name = "position")
    private List<HiringEntry> commitments;

    protected InsertionCommitmentEntity() {
    }

    InsertionCommitmentEntity(ProjectId project, InsertionCommitmentForm form, String recordedBy, Instant at) {
        super(project, recordedBy, at);
        this.secured = form.secured();
        this.partnerFirms = List.copyOf(form.partnerFirms());
        this.targetInsertionRate = form.targetInsertionRate();
        this.missionLocaleAgreement = form.missionLocaleAgreement();
        this.missionLocale = form.missionLocale();
        this.commitments = form.commitmentsOrNone().stream().map(HiringEntry::new).toList();
    }

    RecordedStep<InsertionCommitmentForm> toRecorded() {
        return new RecordedStep<>(recordedAt(), recordedBy(), new InsertionCommitmentForm(secured, partnerFirms,
                targetInsertionRate, commitments.stream().map(HiringEntry::toCommitment).toList(),
                missionLocaleAgreement, missionLocale));
    }
}
