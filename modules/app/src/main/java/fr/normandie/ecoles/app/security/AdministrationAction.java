package fr.normandie.ecoles.app.security;

/** What an administrator did to an account, as the administration log records it. */
public enum AdministrationAction {
    OPENED, DEACTIVATED, REACTIVATED, ROLES_CHANGED, PASSWORD_RESET,
    /** carriers: invite (issue 16): a carrier's contact opened their account through an officer's invitation. */
    OPENED_BY_INVITATION
}
