package fr.normandie.ecoles.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an officer gives to invite a carrier's contact: their name and e-mail address. */
public record NewInvitation(
        @NotBlank(message = "Le nom de la personne invitée est obligatoire.")
        @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
        String fullName,
        @NotBlank(message = "L'adresse électronique est obligatoire.")
        String email) {
}
