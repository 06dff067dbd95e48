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
 * A payment made to the carrier: against which line of the schedule (1 for the first), how much
 * (euros), when, under which reference (the payment order), and, for the balance, the supporting
 * documents received.
 */
public record PaymentForm(
        @NotNull(message = "Le numéro de l'échéance payée est obligatoire.")
        @Min(value = 1, message = "Les échéances sont numérotées à partir de 1.")
        @Max(value = 24, message = "Vingt-quatre échéances au plus.")
        Integer line,
        @NotNull(message = "Le montant versé est obligatoire.")
        @Positive(message = "Le montant versé doit être positif.")
        @Amount
        BigDecimal amount,
        @NotNull(message = "La date du versement est obligatoire.")
        @PastOrPresent(message = "La date du versement ne peut pas être dans le futur.")
        LocalDate paidOn,
        @NotBlank(message = "La référence du versement (numéro de mandat) est obligatoire.")
        @Size(max = 100, message = "La référence ne doit pas dépasser 100 caractères.")
        String reference,
        @Size(max = 2000, message = "Les justificatifs ne doivent pas dépasser 2000 caractères.")
        String supportingDocuments) {
}
