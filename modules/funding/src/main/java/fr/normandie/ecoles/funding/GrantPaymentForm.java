package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment to the school: the grant's year it pays (one of the agreement's years), how much, when, under which
 * payment order (mandat).
 */
public record GrantPaymentForm(
        @NotNull(message = "L'année de la subvention payée est obligatoire.")
        @Min(value = 2000, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        @Max(value = 2100, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        Integer year,
        @NotNull(message = "Le montant versé est obligatoire.")
        @Positive(message = "Le montant versé doit être positif.")
        @Amount
        BigDecimal amount,
        @NotNull(message = "La date du versement est obligatoire.")
        @PastOrPresent(message = "La date du versement ne peut pas être dans le futur.")
        LocalDate paidOn,
        @NotBlank(message = "La référence du versement (numéro de mandat) est obligatoire.")
        @Size(max = 100, message = "La référence ne doit pas dépasser 100 caractères.")
        String reference) {
}
