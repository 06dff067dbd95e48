package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One requirement of the FNEP label's cahier des charges: a stable code ({@code PEDA-2}), the wording
 * auditors check against, and guidance on what to look at.
 */
public record Criterion(
        @NotBlank(message = "Le code du critère est obligatoire.")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "Code de critère : lettres majuscules, chiffres et tirets, 20 caractères au plus.")
        String code,
        @NotBlank(message = "L'énoncé du critère est obligatoire.")
        @Size(max = 1000, message = "L'énoncé ne doit pas dépasser 1 000 caractères.")
        String wording,
        @Size(max = 2000, message = "Les indications ne doivent pas dépasser 2 000 caractères.")
        String guidance) {
}
