package fr.normandie.ecoles.schools;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to contact at a carrier, as staff type it. */
public record ContactForm(
        @NotBlank(message = "Le nom du contact est obligatoire.")
        @Size(max = 200, message = "Le nom du contact ne doit pas dépasser 200 caractères.")
        String name,
        @Size(max = 200, message = "La fonction ne doit pas dépasser 200 caractères.")
        String role,
        @Email(message = "Adresse électronique invalide.")
        @Size(max = 254, message = "L'adresse électronique ne doit pas dépasser 254 caractères.")
        String email,
        @Pattern(regexp = "\\+?[0-9][0-9 .-]{5,24}", message = "Numéro de téléphone invalide : des chiffres, "
                + "séparés au besoin par des espaces, points ou tirets.")
        String phone) {
}
