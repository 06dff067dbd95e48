package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What a project officer gives to register a school project (step 0 of the opening process). */
@CommuneInDepartment
public record ProjectRegistration(
        @NotBlank(message = "Le nom du projet est obligatoire.")
        @Size(max = 200, message = "Le nom du projet ne doit pas dépasser 200 caractères.")
        String name,
        @NotBlank(message = "Le porteur du projet est obligatoire.")
        @Size(max = 200, message = "Le nom du porteur ne doit pas dépasser 200 caractères.")
        String carrier,
        @NotBlank(message = "Le département est obligatoire.")
        String departmentCode,
        @NotBlank(message = "La commune est obligatoire.")
        String communeCode,
        @NotEmpty(message = "Indiquez au moins un métier.")
        @Size(max = 10, message = "Dix métiers au plus.")
        List<@NotBlank(message = "Un métier ne peut pas être vide.")
             @Size(max = 100, message = "Un métier ne doit pas dépasser 100 caractères.") String> trades,
        @NotNull(message = "La capacité prévue est obligatoire.")
        @Min(value = 1, message = "La capacité prévue doit être d'au moins un élève.")
        @Max(value = 500, message = "La capacité prévue ne peut dépasser 500 élèves.")
        Integer capacity,
        @NotNull(message = "La date d'ouverture prévue est obligatoire.")
        LocalDate plannedOpening) {
}
