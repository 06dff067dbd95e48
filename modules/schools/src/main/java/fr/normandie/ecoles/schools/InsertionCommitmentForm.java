package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Step 3: how the insertion of the pupils is secured. */
public record InsertionCommitmentForm(
        @NotNull(message = "Indiquez si l'insertion est sécurisée.")
        Boolean secured,
        @NotNull(message = "Indiquez les entreprises qui s'engagent (liste éventuellement vide).")
        @Size(max = 100, message = "Cent entreprises au plus.")
        List<@NotBlank(message = "Le nom d'une entreprise ne peut pas être vide.")
             @Size(max = 200, message = "Le nom d'une entreprise ne doit pas dépasser 200 caractères.") String> partnerFirms,
        @NotNull(message = "Le taux d'insertion visé est obligatoire.")
        @Min(value = 0, message = "Le taux d'insertion visé est compris entre 0 et 100.")
        @Max(value = 100, message = "Le taux d'insertion visé est compris entre 0 et 100.")
        Integer targetInsertionRate) {
}
