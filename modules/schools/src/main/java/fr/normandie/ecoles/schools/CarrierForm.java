package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff give to create or edit a carrier; the contacts are edited one by one ({@link ContactForm}). */
public record CarrierForm(
        @NotBlank(message = "Le nom du porteur est obligatoire.")
        @Size(max = 200, message = "Le nom du porteur ne doit pas dépasser 200 caractères.")
        String name,
        @Size(max = 100, message = "La forme juridique ne doit pas dépasser 100 caractères.")
        String legalForm,
        @Siren
        String siren,
        @AssertTrue(message = "Le porteur d'une école de production est un organisme à but non lucratif.")
        Boolean nonProfit,
        @Size(max = 500, message = "L'adresse ne doit pas dépasser 500 caractères.")
        String address) {
}
