package fr.normandie.ecoles.app.security;

import java.time.Instant;

/**
 * An invitation was made, in the transaction that records it: the notifications queue its mail to the address
 * (the invitee has no account yet), sent after commit. The only place the token travels in clear, into that mail.
 */
public record InvitationSent(String fullName, String address, String carrierName, String token, Instant expiresAt) {
}
