package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Backer;
import fr.normandie.ecoles.schools.BackerKind;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class BackerEntry {

    private String name;
    @Enumerated(EnumType.STRING)
    private BackerKind kind;

    protected BackerEntry() {
    }

    BackerEntry(Backer backer) {
        this.name = backer.name().strip();
        this.kind = backer.kind();
    }
}
