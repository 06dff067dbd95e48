package fr.normandie.ecoles.kernel;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the signed-in user's name and roles and, for a carrier's account, the carrier it acts for.
 * Every mutating method of a module's API takes it and checks the right itself ({@link #requireAny}), first,
 * before it reads or writes anything: REST, the pages and the engine then cannot disagree, and a new entry point
 * is protected by default.
 *
 * @param carrierId the carrier (porteur) a {@link Role#CARRIER} account acts for; null for everyone else
 */
public record Caller(String name, Set<Role> roles, UUID carrierId) {

    public Caller {
        roles = Set.copyOf(roles);
        if (roles.contains(Role.CARRIER) != (carrierId != null)) {
            throw new IllegalArgumentException("A carrier's account, and it alone, acts for a carrier: " + name);
        }
        if (roles.contains(Role.CARRIER) && roles.size() > 1) {
            throw new IllegalArgumentException("A carrier's account holds no role of the Region: " + name);
        }
    }

    /** Someone of the Region (not a carrier). */
    public Caller(String name, Set<Role> roles) {
        this(name, roles, null);
    }

    /** Whether this caller is a carrier's account, seeing only what its own carrier carries. */
    public boolean isCarrier() {
        return carrierId != null;
    }

    /**
     * Whether this caller may see what the carrier {@code owner} carries: the Region's people see everything, a
     * carrier only its own. A module answers a refused read as not found, so that ids of others tell nothing.
     */
    public boolean sees(UUID owner) {
        return !isCarrier() || carrierId.equals(owner);
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
