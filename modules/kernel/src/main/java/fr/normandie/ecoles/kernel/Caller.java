package fr.normandie.ecoles.kernel;

import java.util.Set;

/** Who is calling: the signed-in user's name and roles. */
public record Caller(String name, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
