package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.DiplomaResults;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One diploma's candidates presented and passed, a row of a year's results. */
@Embeddable
public class DiplomaResultEntry {

    @Enumerated(EnumType.STRING)
    private Diploma diploma;
    private int presented;
    private int passed;

    protected DiplomaResultEntry() {
    }

    DiplomaResultEntry(DiplomaResults results) {
        this.diploma = results.diploma();
        this.presented = results.presented();
        this.passed = results.passed();
    }

    DiplomaResults toResults() {
        return new DiplomaResults(diploma, presented, passed);
    }
}
