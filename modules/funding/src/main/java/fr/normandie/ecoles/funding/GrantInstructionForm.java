package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The instruction of a request by a funding officer: the opinion and the amount proposed for each year of the
 * request (none above what was requested), and a note for the standing committee.
 */
public record GrantInstructionForm(
        @NotNull(message = "L'avis est obligatoire.")
        InstructionOpinion opinion,
        @Size(max = 5, message = "Cinq années au plus.")
        List<@NotNull(message = "Le montant proposé de chaque année est obligatoire.") @Amount BigDecimal> proposed,
        @Size(max = 2000, message = "La note ne doit pas dépasser 2000 caractères.")
        String note) {

    public GrantInstructionForm {
        proposed = proposed == null ? List.of() : proposed;
    }
}
