package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** The amount of a year's budget envelope, in euros (1.5 M€ a year for 2019 to 2021). */
public record EnvelopeForm(
        @NotNull(message = "Le montant de l'enveloppe est obligatoire.")
        @PositiveOrZero(message = "Le montant de l'enveloppe ne peut pas être négatif.")
        @DecimalMax(value = "1000000000", message = "Le montant de l'enveloppe ne peut pas dépasser 1 000 000 000 €.")
        @Digits(integer = 10, fraction = 2, message = "Montant en euros, deux décimales au plus.")
        BigDecimal amount) {
}
