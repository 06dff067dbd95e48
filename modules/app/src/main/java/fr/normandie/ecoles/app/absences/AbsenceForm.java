package fr.normandie.ecoles.app.absences;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** What a person declares: from which day to which day (both included) they are away, and who stands in. */
public record AbsenceForm(
        @NotNull(message = "La date de début est obligatoire.")
        LocalDate from,
        @NotNull(message = "La date de fin est obligatoire.")
        LocalDate to,
        @NotBlank(message = "Indiquez le nom d'utilisateur de la personne qui vous remplace.")
        String substitute) {
}
