package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ProjectId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment to record: what a standing committee's vote commits, charged to the commitment
 * authorisations of {@code year} (the year of the vote) in the budget of {@code kind}. A multi-year
 * agreement commits its whole amount once; its payments then consume the payment credits of the years
 * they are made in.
 *
 * @param grant        the decision or grant the commitment belongs to (a subsidy decision's id, a school grant's
 *                     id): payments and releases find it by this
 * @param project      the school project funded, or null for a school that has no project
 * @param school       the open school funded, or null while it is a project
 * @param deliberation the standing committee's deliberation number
 * @param votedOn      the date of the vote
 * @param label        what the money is for, in a few words ("Fonctionnement 2024-2026 — Usin'Eure")
 */
public record NewCommitment(
        @NotNull(message = "La décision ou la subvention engagée est obligatoire.")
        UUID grant,
        ProjectId project,
        UUID school,
        @NotNull(message = "L'année budgétaire de l'engagement est obligatoire.")
        @Min(value = 2000, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        @Max(value = 2100, message = "L'année budgétaire doit être comprise entre 2000 et 2100.")
        Integer year,
        @NotNull(message = "La nature de l'engagement (investissement ou fonctionnement) est obligatoire.")
        BudgetKind kind,
        @NotNull(message = "Le montant engagé est obligatoire.")
        @Positive(message = "Le montant engagé doit être positif.")
        @Amount
        BigDecimal amount,
        @NotBlank(message = "Le numéro de délibération est obligatoire.")
        @Size(max = 100, message = "Le numéro de délibération ne doit pas dépasser 100 caractères.")
        String deliberation,
        @NotNull(message = "La date du vote est obligatoire.")
        LocalDate votedOn,
        @Size(max = 200, message = "Le libellé ne doit pas dépasser 200 caractères.")
        String label) {
}
