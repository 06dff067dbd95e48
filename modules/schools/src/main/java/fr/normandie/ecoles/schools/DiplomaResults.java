package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The candidates a school presented to one diploma in a school year, and how many passed it. */
public record DiplomaResults(
        @NotNull(message = "Le diplôme est obligatoire.")
        Diploma diploma,
        @NotNull(message = "Le nombre de candidats présentés est obligatoire.")
        @Min(value = 0, message = "Le nombre de candidats présentés ne peut pas être négatif.")
        @Max(value = YearlyResults.MAX, message = "Le nombre de candidats présentés dépasse 1000.")
        Integer presented,
        @NotNull(message = "Le nombre de reçus est obligatoire.")
        @Min(value = 0, message = "Le nombre de reçus ne peut pas être négatif.")
        @Max(value = YearlyResults.MAX, message = "Le nombre de reçus dépasse 1000.")
        Integer passed) {
}
