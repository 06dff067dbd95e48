package fr.normandie.ecoles.app.security;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as officers see it: whom, for which carrier, by whom, until when, and where it stands. Never its
 * token, which only the invitee's mail holds.
 *
 * @param username the account it opened, once accepted
 */
public record Invitation(UUID id, UUID carrierId, String fullName, String email, String invitedBy, Instant invitedAt,
                         Instant expiresAt, InvitationState state, String username) {
}
