package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.BackingRound;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.TerritorialBackingForm;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One round of territorial backing (a project may need several before the backing suffices). */
@Entity
@Table(name = "territorial_backing", schema = "schools")
@NamedQuery(name = "TerritorialBackingEntity.ofProject", query =
        "select b from TerritorialBackingEntity b where b.projectId = :project order by b.recordedAt")
public class TerritorialBackingEntity extends StepRoundEntity {

    private boolean sufficient;
    @Column(name = "usual_minimum_met")
    private boolean usualMinimumMet;
    @ElementCollection
    @CollectionTable(name = "backer", schema = "schools", joinColumns = @JoinColumn(name = "backing_id"))
    @OrderColumn(name = "position")
    private List<BackerEntry> backers;

    protected TerritorialBackingEntity() {
    }

    BackingRound toRound() {
        return new BackingRound(recordedAt(), recordedBy(), backers.stream().map(BackerEntry::toBacker).toList(),
                usualMinimumMet, sufficient);
    }

    TerritorialBackingEntity(ProjectId project, TerritorialBackingForm form, String recordedBy, Instant at) {
        super(project, recordedBy, at);
        this.sufficient = form.sufficient();
        this.usualMinimumMet = form.usualMinimumMet();
        this.backers = form.backers().stream().map(BackerEntry::new).toList();
    }
}
