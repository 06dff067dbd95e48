package fr.normandie.ecoles.schools;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Step 1: the local actors who carry the project, and the officer's judgement on their sufficiency. */
public record TerritorialBackingForm(
        @NotEmpty(message = "Indiquez au moins un soutien.")
        @Size(max = 50, message = "Cinquante soutiens au plus.")
        List<@Valid @NotNull(message = "Un soutien ne peut pas être vide.") Backer> backers,
        @NotNull(message = "Indiquez si le portage est suffisant.")
        Boolean sufficient) {

    /** The usual minimum: at least one local authority and one firm or professional branch. */
    public boolean usualMinimumMet() {
        return backers.stream().anyMatch(b -> b.kind().isLocalAuthority())
                && backers.stream().anyMatch(b -> b.kind().isEconomic());
    }
}
