package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment against a commitment (a mandat): its amount, the day it is paid (whose year's payment
 * credits it consumes) and the payment order's reference.
 */
public record PaymentOrder(
        @NotNull(message = "Le montant versé est obligatoire.")
        @Positive(message = "Le montant versé doit être positif.")
        @Amount
        BigDecimal amount,
        @NotNull(message = "La date du versement est obligatoire.")
        LocalDate paidOn,
        @NotBlank(message = "La référence du versement (numéro de mandat) est obligatoire.")
        @Size(max = 100, message = "La référence ne doit pas dépasser 100 caractères.")
        String reference) {
}
