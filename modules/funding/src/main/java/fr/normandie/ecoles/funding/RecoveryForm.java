package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recovery order to issue (titre de recette): a sum paid on a commitment and not justified by the
 * report on the use of the grant, to be paid back by the carrier.
 */
public record RecoveryForm(
        @NotNull(message = "Le montant à recouvrer est obligatoire.")
        @Positive(message = "Le montant à recouvrer doit être positif.")
        @Amount
        BigDecimal amount,
        @NotBlank(message = "Le motif du titre de recette est obligatoire.")
        @Size(max = 2000, message = "Le motif ne doit pas dépasser 2000 caractères.")
        String reason,
        @NotNull(message = "La date d'émission du titre est obligatoire.")
        LocalDate issuedOn) {
}
