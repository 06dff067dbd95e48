package fr.normandie.ecoles.app.security;

/** What an administrator did to an account, as the administration log records it. */
public enum AdministrationAction {
    OPENED, DEACTIVATED, REACTIVATED, ROLES_CHANGED, PASSWORD_RESET
}
