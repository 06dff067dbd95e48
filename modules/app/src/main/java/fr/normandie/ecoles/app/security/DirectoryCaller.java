package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person as the directory vouches for them in a token it signed: their name, full name and e-mail address
 * (each may be missing) and the application's roles their claim grants.
 */
record DirectoryCaller(String name, Optional<String> fullName, Optional<String> email, Set<Role> roles) {

    DirectoryCaller {
        roles = Set.copyOf(roles);
    }

    /** The roles as the container knows them: groups. */
    Set<String> groups() {
        return roles.stream().map(Role::group).collect(Collectors.toUnmodifiableSet());
    }
}
