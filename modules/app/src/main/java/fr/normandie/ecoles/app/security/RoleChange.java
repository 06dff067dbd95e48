package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/** The roles an administrator gives an account, replacing those it held. */
public record RoleChange(
        @NotEmpty(message = "Indiquez au moins un rôle.")
        Set<@NotNull(message = "Rôle inconnu.") Role> roles) {
}
