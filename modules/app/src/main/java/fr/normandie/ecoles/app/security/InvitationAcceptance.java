package fr.normandie.ecoles.app.security;

/**
 * What the invitee gives to accept: the link's token, the user name and the password they choose (checked under
 * the rules of {@link NewAccount}).
 */
public record InvitationAcceptance(String token, String username, String password) {
}
