package fr.normandie.ecoles.app.security;

import jakarta.validation.constraints.Size;

/**
 * The password an administrator sets on an account, under the same policy as a new account's; none (null or
 * blank) to have the application draw one, which it answers once and never keeps in clear.
 */
public record PasswordReset(
        @Size(min = 12, max = 200, message = "Le mot de passe doit compter au moins 12 caractères (200 au plus).")
        String password) {

    public PasswordReset {
        password = password == null || password.isBlank() ? null : password;
    }
}
