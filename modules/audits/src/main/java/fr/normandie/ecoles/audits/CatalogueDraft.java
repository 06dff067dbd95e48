package fr.normandie.ecoles.audits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A new version of the criteria catalogue, as an administrator publishes it: the whole catalogue, not a diff. */
public record CatalogueDraft(
        @NotBlank(message = "Dites ce qui change dans cette version.")
        @Size(max = 1000, message = "La note de version ne doit pas dépasser 1 000 caractères.")
        String note,
        @NotEmpty(message = "Le cahier des charges compte au moins un thème.")
        @Size(max = 30, message = "Trente thèmes au plus.")
        List<@Valid @NotNull(message = "Un thème ne peut pas être vide.") Theme> themes) {

    /** Codes identify criteria and themes across the whole version: an audit's verdicts refer to them. */
    @AssertTrue(message = "Chaque code de thème et de critère doit être unique dans la version.")
    public boolean isUniqueCodes() {
        if (themes == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        return themes.stream().filter(Objects::nonNull).allMatch(theme -> seen.add("T:" + theme.code())
                && (theme.criteria() == null || theme.criteria().stream().filter(Objects::nonNull)
                .allMatch(criterion -> seen.add("C:" + criterion.code()))));
    }
}
