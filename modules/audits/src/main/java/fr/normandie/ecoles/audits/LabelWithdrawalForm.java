package fr.normandie.ecoles.audits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The auditors withdraw a school's label: from which day and why. */
public record LabelWithdrawalForm(
        @NotNull(message = "La date du retrait est obligatoire.")
        @PastOrPresent(message = "La date du retrait ne peut pas être à venir.")
        LocalDate withdrawnOn,
        @NotBlank(message = "Le motif du retrait est obligatoire.")
        @Size(max = 2000, message = "Le motif ne doit pas dépasser 2000 caractères.")
        String reason) {
}
