package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.HiringCommitment;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class HiringEntry {

    private String firm;
    @Enumerated(EnumType.STRING)
    private HiringCommitment.Kind kind;
    private int places;

    protected HiringEntry() {
    }

    HiringEntry(HiringCommitment commitment) {
        this.firm = commitment.firm().strip();
        this.kind = commitment.kind();
        this.places = commitment.places();
    }

    HiringCommitment toCommitment() {
        return new HiringCommitment(firm, kind, places);
    }
}
