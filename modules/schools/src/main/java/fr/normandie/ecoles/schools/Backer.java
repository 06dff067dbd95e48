package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A local actor who backs the project. */
public record Backer(
        @NotBlank(message = "Le nom du soutien est obligatoire.")
        @Size(max = 200, message = "Le nom du soutien ne doit pas dépasser 200 caractères.")
        String name,
        @NotNull(message = "La nature du soutien est obligatoire.")
        BackerKind kind) {
}
