package fr.normandie.ecoles.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
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
        Integer targetInsertionRate,
        @Size(max = 100, message = "Cent engagements au plus.")
        List<@Valid @NotNull(message = "Un engagement ne peut pas être vide.") HiringCommitment> commitments,
        Boolean missionLocaleAgreement,
        @Size(max = 200, message = "Le nom de la Mission Locale ne doit pas dépasser 200 caractères.")
        String missionLocale) {

    /** The canonical constructor, the one JSON-B fills (the record has convenience constructors too). */
    @JsonbCreator
    public InsertionCommitmentForm {
    }

    /** The commitment of issue 2's minimal form: secured, firms and target rate. */
    public InsertionCommitmentForm(Boolean secured, List<String> partnerFirms, Integer targetInsertionRate) {
        this(secured, partnerFirms, targetInsertionRate, null, null, null);
    }

    public List<HiringCommitment> commitmentsOrNone() {
        return commitments == null ? List.of() : commitments;
    }
}
