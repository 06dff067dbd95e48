package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A coverage target an administrator defines: a deadline and a minimum of open schools per department. */
public record NewTarget(
        @NotBlank(message = "Le nom de l'objectif est obligatoire.")
        @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
        String name,
        @NotNull(message = "L'échéance est obligatoire.")
        LocalDate deadline,
        @NotNull(message = "Le minimum d'écoles par département est obligatoire.")
        @Min(value = 1, message = "Au moins une école par département.")
        @Max(value = 50, message = "Cinquante écoles par département au plus.")
        Integer minimumPerDepartment) {
}
