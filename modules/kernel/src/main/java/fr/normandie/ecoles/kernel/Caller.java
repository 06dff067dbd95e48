package fr.normandie.ecoles.kernel;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling: the signed-in user's name and roles. Every mutating method of a module's API takes it and
 * checks the right itself ({@link #requireAny}), first, before it reads or writes anything: REST, the pages
 * and the engine then cannot disagree, and a new entry point is protected by default.
 */
public record Caller(String name, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * This caller, who must hold one of the roles.
     *
     * @param refusal the French message of the refusal, saying who may do it ("Seuls les administrateurs ...")
     * @throws Forbidden when the caller holds none of them
     */
    public Caller requireAny(String refusal, Role... anyOf) {
        if (Arrays.stream(anyOf).noneMatch(this::has)) {
            throw new Forbidden(refusal);
        }
        return this;
    }
}
