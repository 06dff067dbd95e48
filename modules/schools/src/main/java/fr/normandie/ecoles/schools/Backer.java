package fr.normandie.ecoles.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A local actor who backs the project. */
public record Backer(
        @NotBlank(message = "Le nom du soutien est obligatoire.")
        @Size(max = 200, message = "Le nom du soutien ne doit pas dépasser 200 caractères.")
        String name,
        @NotNull(message = "La nature du soutien est obligatoire.")
        BackerKind kind,
        @Siren
        String siren,
        @Size(max = 2000, message = "La nature de l'engagement ne doit pas dépasser 2000 caractères.")
        String commitment,
        @PastOrPresent(message = "La lettre de soutien ne peut pas être datée du futur.")
        LocalDate letterDate) {

    /** The canonical constructor, the one JSON-B fills (the record has convenience constructors too). */
    @JsonbCreator
    public Backer {
    }

    /** A backer named with its kind only (issue 2's minimal form). */
    public Backer(String name, BackerKind kind) {
        this(name, kind, null, null, null);
    }
}
