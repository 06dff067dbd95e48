package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** What the administrator sets for one year's budget of one kind: its AE and its CP, in euros. */
public record BudgetForm(
        @NotNull(message = "Le montant des autorisations d'engagement est obligatoire.")
        @PositiveOrZero(message = "Les autorisations d'engagement ne peuvent pas être négatives.")
        @DecimalMax(value = "1000000000", message = "Les autorisations d'engagement ne peuvent pas dépasser 1 000 000 000 €.")
        @Digits(integer = 10, fraction = 2, message = "Montant en euros, deux décimales au plus.")
        BigDecimal commitmentAuthorisations,
        @NotNull(message = "Le montant des crédits de paiement est obligatoire.")
        @PositiveOrZero(message = "Les crédits de paiement ne peuvent pas être négatifs.")
        @DecimalMax(value = "1000000000", message = "Les crédits de paiement ne peuvent pas dépasser 1 000 000 000 €.")
        @Digits(integer = 10, fraction = 2, message = "Montant en euros, deux décimales au plus.")
        BigDecimal paymentCredits) {
}
