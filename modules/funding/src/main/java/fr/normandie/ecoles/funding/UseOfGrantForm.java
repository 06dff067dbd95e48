package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The school's report on the use of a grant for one of its years (compte rendu d'utilisation de la subvention,
 * issue 16): what it spent by heading and a short account of what the money did.
 */
public record UseOfGrantForm(
        @NotNull(message = "L'année du compte rendu est obligatoire.")
        @Min(value = 2000, message = "L'année doit être comprise entre 2000 et 2100.")
        @Max(value = 2100, message = "L'année doit être comprise entre 2000 et 2100.")
        Integer year,
        @NotNull(message = "Les dépenses de personnel sont obligatoires (0 si aucune).")
        @Amount
        BigDecimal staff,
        @NotNull(message = "Les achats de matières et fournitures sont obligatoires (0 si aucun).")
        @Amount
        BigDecimal supplies,
        @NotNull(message = "Les dépenses d'équipement sont obligatoires (0 si aucune).")
        @Amount
        BigDecimal equipment,
        @NotNull(message = "Les dépenses de locaux sont obligatoires (0 si aucune).")
        @Amount
        BigDecimal premises,
        @NotNull(message = "Les autres dépenses sont obligatoires (0 si aucune).")
        @Amount
        BigDecimal other,
        @Size(max = 2000, message = "Le compte rendu ne doit pas dépasser 2000 caractères.")
        String summary) {
}
