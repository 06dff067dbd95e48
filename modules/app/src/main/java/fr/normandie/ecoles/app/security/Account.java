package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;

import java.util.Set;

/** A person who can sign in, and the roles they hold. */
public record Account(String username, String fullName, Set<Role> roles, boolean active) {
}
