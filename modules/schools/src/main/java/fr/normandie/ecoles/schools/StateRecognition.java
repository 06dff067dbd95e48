package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The State's recognition of a school: the date of the ministerial arrêté that lists it, and its reference. */
public record StateRecognition(
        @NotNull(message = "La date de l'arrêté est obligatoire.")
        @PastOrPresent(message = "L'arrêté ne peut pas être daté du futur.")
        LocalDate arreteDate,
        @NotBlank(message = "La référence de l'arrêté est obligatoire (NOR ou date de publication au JO).")
        @Size(max = 200, message = "La référence ne doit pas dépasser 200 caractères.")
        String reference) {
}
