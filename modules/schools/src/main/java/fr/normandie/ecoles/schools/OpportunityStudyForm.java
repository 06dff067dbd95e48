package fr.normandie.ecoles.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Step 2: whether local firms can support the school. */
public record OpportunityStudyForm(
        @NotNull(message = "La conclusion de l'étude est obligatoire.")
        StudyConclusion conclusion,
        @NotNull(message = "Indiquez les entreprises partenaires (liste éventuellement vide).")
        @Size(max = 100, message = "Cent entreprises au plus.")
        List<@NotBlank(message = "Le nom d'une entreprise ne peut pas être vide.")
             @Size(max = 200, message = "Le nom d'une entreprise ne doit pas dépasser 200 caractères.") String> partnerFirms,
        @NotBlank(message = "La synthèse de l'étude est obligatoire.")
        @Size(max = 10000, message = "La synthèse ne doit pas dépasser 10 000 caractères.")
        String summary,
        @Size(max = 200, message = "L'auteur ne doit pas dépasser 200 caractères.")
        String author,
        @PastOrPresent(message = "L'étude ne peut pas être datée du futur.")
        LocalDate studyDate,
        @Size(max = 5000, message = "Les besoins de recrutement ne doivent pas dépasser 5000 caractères.")
        String recruitmentNeeds,
        @Size(max = 5000, message = "Les débouchés ne doivent pas dépasser 5000 caractères.")
        String outlets,
        @Size(max = 5000, message = "Les motifs de la conclusion ne doivent pas dépasser 5000 caractères.")
        String conclusionReasons) {

    /** The canonical constructor, the one JSON-B fills (the record has convenience constructors too). */
    @JsonbCreator
    public OpportunityStudyForm {
    }

    /** The study of issue 2's minimal form: conclusion, firms and summary. */
    public OpportunityStudyForm(StudyConclusion conclusion, List<String> partnerFirms, String summary) {
        this(conclusion, partnerFirms, summary, null, null, null, null, null);
    }
}
