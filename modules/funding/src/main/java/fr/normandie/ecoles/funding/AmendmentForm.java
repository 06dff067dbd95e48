package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An amendment (avenant) to a grant's agreement: its own vote of the standing committee and the new amount of
 * each year of the grant (as many as the grant has years), with the reason.
 */
public record AmendmentForm(
        @NotNull(message = "La date du vote de l'avenant est obligatoire.")
        @PastOrPresent(message = "La date du vote ne peut pas être dans le futur.")
        LocalDate votedOn,
        @NotBlank(message = "Le numéro de délibération de l'avenant est obligatoire.")
        @Size(max = 100, message = "Le numéro de délibération ne doit pas dépasser 100 caractères.")
        String deliberation,
        @NotEmpty(message = "Indiquez le nouveau montant de chaque année.")
        @Size(max = 5, message = "Cinq années au plus.")
        List<@NotNull(message = "Le montant de chaque année est obligatoire.") @Amount BigDecimal> amounts,
        @Size(max = 2000, message = "Le motif ne doit pas dépasser 2000 caractères.")
        String reason) {

    public AmendmentForm {
        amounts = amounts == null ? List.of() : amounts;
    }
}
