package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;

import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in, and the roles they hold.
 *
 * @param carrierId the carrier a carrier's account acts for; null for the Region's accounts
 */
public record Account(String username, String fullName, Set<Role> roles, boolean active, UUID carrierId) {
}
