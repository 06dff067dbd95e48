package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** A school that opened before the software existed, registered directly. */
@CommuneInDepartment
public record SchoolRegistration(
        @NotBlank(message = "Le nom de l'école est obligatoire.") String name,
        @NotBlank(message = "Le porteur est obligatoire.") String carrier,
        @NotBlank(message = "Le département est obligatoire.") String departmentCode,
        @NotBlank(message = "La commune est obligatoire.") String communeCode,
        @NotEmpty(message = "Indiquez au moins un métier.") List<String> trades,
        @NotNull(message = "La date d'ouverture est obligatoire.") LocalDate openedOn,
        @NotNull(message = "La capacité est obligatoire.") @Min(value = 1, message = "La capacité doit être d'au moins un élève.") Integer capacity) {
}
