package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One change an administrator made to an account: who ({@code actor}), when, to whom, what, and the
 * roles and activation before and after (the same before and after when the change did not touch them; none
 * before for an account just opened).
 */
public record AdministrationLogEntry(UUID id, Instant at, String actor, String username,
                                     AdministrationAction action, Set<Role> rolesBefore, Set<Role> rolesAfter,
                                     Boolean activeBefore, boolean activeAfter) {
}
