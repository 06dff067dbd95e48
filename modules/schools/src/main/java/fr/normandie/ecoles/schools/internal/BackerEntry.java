package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Backer;
import fr.normandie.ecoles.schools.BackerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

@Embeddable
public class BackerEntry {

    private String name;
    @Enumerated(EnumType.STRING)
    private BackerKind kind;
    private String siren;
    private String commitment;
    @Column(name = "letter_date")
    private LocalDate letterDate;

    protected BackerEntry() {
    }

    BackerEntry(Backer backer) {
        this.name = backer.name().strip();
        this.kind = backer.kind();
        this.siren = backer.siren();
        this.commitment = backer.commitment();
        this.letterDate = backer.letterDate();
    }

    Backer toBacker() {
        return new Backer(name, kind, siren, commitment, letterDate);
    }
}
