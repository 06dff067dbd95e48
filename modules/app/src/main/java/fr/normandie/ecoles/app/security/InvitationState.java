package fr.normandie.ecoles.app.security;

/**
 * Where an invitation stands: waiting for its invitee ({@code PENDING}), used once to open an account
 * ({@code ACCEPTED}), withdrawn by an officer ({@code WITHDRAWN}), or past its expiry unused ({@code EXPIRED}, never
 * stored: a pending invitation whose time ran out).
 */
public enum InvitationState {
    PENDING, ACCEPTED, WITHDRAWN, EXPIRED
}
