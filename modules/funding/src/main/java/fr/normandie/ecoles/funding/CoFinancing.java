package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Another funder of the school: who, under which programme, on which line, how much (euros). */
public record CoFinancing(
        @NotBlank(message = "Le nom du cofinanceur est obligatoire.")
        @Size(max = 200, message = "Le nom du cofinanceur ne doit pas dépasser 200 caractères.")
        String funder,
        @NotNull(message = "Le programme du cofinancement est obligatoire.")
        CoFinancingProgramme programme,
        @NotNull(message = "La ligne cofinancée (INVESTMENT ou OPERATION) est obligatoire.")
        FundedLine line,
        @NotNull(message = "Le montant du cofinancement est obligatoire.")
        @Positive(message = "Le montant du cofinancement doit être positif.")
        @Amount
        BigDecimal amount) {
}
