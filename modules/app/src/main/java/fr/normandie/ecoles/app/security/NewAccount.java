package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;
import java.util.UUID;

/**
 * What an administrator gives to open an account. A carrier's account holds the role {@code carrier} alone and
 * names the carrier it acts for; the Region's accounts name none.
 */
public record NewAccount(
        @NotBlank(message = "L'identifiant est obligatoire.")
        @Pattern(regexp = "[a-z0-9._-]{2,50}", message = "L'identifiant : 2 à 50 caractères parmi a-z, 0-9, point, tiret, souligné.")
        String username,
        @NotNull(message = "Le mot de passe est obligatoire.")
        @Size(min = 12, max = 200, message = "Le mot de passe doit compter au moins 12 caractères.")
        String password,
        @Size(max = 200, message = "Le nom ne doit pas dépasser 200 caractères.")
        String fullName,
        @NotEmpty(message = "Indiquez au moins un rôle.")
        Set<@NotNull(message = "Rôle inconnu.") Role> roles,
        UUID carrier) {
    // one constructor only: JSON-B binds a record through its canonical constructor when it is the sole one
}
