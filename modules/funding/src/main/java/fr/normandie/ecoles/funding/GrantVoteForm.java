package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The standing committee's vote on a grant: granted or not, its date and deliberation number, and for a grant
 * the amount of each year of the request (none above what was requested, at least one above zero), and the written
 * justification of a grant that departs from the Region's share rules (required then, in their warn mode).
 */
public record GrantVoteForm(
        @NotNull(message = "Indiquez si la Commission permanente accorde la subvention.")
        Boolean granted,
        @NotNull(message = "La date du vote est obligatoire.")
        @PastOrPresent(message = "La date du vote ne peut pas être dans le futur.")
        LocalDate votedOn,
        @NotBlank(message = "Le numéro de délibération est obligatoire.")
        @Size(max = 100, message = "Le numéro de délibération ne doit pas dépasser 100 caractères.")
        String deliberation,
        @Size(max = 5, message = "Cinq années au plus.")
        List<@NotNull(message = "Le montant accordé de chaque année est obligatoire.") @Amount BigDecimal> amounts,
        @Size(max = 2000, message = "La justification ne doit pas dépasser 2000 caractères.")
        String justification) {

    public GrantVoteForm {
        amounts = amounts == null ? List.of() : amounts;
    }
}
