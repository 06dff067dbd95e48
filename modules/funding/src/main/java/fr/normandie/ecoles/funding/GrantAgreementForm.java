package fr.normandie.ecoles.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The agreement (convention) signed by the Region and the beneficiary: the date of the last signature, its number. */
public record GrantAgreementForm(
        @NotNull(message = "La date de signature est obligatoire.")
        @PastOrPresent(message = "La date de signature ne peut pas être dans le futur.")
        LocalDate signedOn,
        @NotBlank(message = "Le numéro de la convention est obligatoire.")
        @Size(max = 100, message = "Le numéro de la convention ne doit pas dépasser 100 caractères.")
        String reference) {
}
