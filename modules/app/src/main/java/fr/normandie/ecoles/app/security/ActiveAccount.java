package fr.normandie.ecoles.app.security;

import java.util.Set;

/**
 * An active account as sign-in sees it at this moment: its name, its roles as the container's groups, and the
 * hash of its password, which tells a remembered credential whether the password changed since.
 */
record ActiveAccount(String username, Set<String> groups, String passwordHash) {

    ActiveAccount {
        groups = Set.copyOf(groups);
    }

    @Override
    public String toString() {
        return "ActiveAccount[" + username + ", " + groups + "]";
    }
}
