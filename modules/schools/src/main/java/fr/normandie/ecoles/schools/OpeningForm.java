package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Step 6: the school opens its doors. */
public record OpeningForm(
        @NotNull(message = "La date d'ouverture est obligatoire.")
        LocalDate openedOn,
        @NotNull(message = "Le nombre d'élèves est obligatoire.")
        @Min(value = 0, message = "Le nombre d'élèves ne peut pas être négatif.")
        @Max(value = 500, message = "Le nombre d'élèves ne peut dépasser 500.")
        Integer pupils) {
}
