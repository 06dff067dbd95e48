package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the values of the directory's roles claim become the application's roles. Without a mapping, a value
 * equal to a role's name ({@code staff}, {@code auditor}, {@code funding}, {@code viewer}, {@code admin}) is
 * that role. With one ({@code OIDC_ROLE_MAPPING}: {@code directory value=role} pairs separated by {@code ;},
 * e.g. {@code ecoles-staff=staff;ecoles-admin=admin}), only the values it names count: a directory whose
 * groups happen to bear a role's name grants nothing it was not told to. Any other value is ignored.
 */
final class DirectoryRoles {

    private final Map<String, Role> mapping;

    private DirectoryRoles(Map<String, Role> mapping) {
        this.mapping = Map.copyOf(mapping);
    }

    /** Reads the mapping as configured; refused at start-up when a pair names no role of the application. */
    static DirectoryRoles of(Optional<String> configured) {
        Map<String, Role> mapping = new HashMap<>();
        if (configured.isEmpty() || configured.get().isBlank()) {
            for (Role role : Role.region()) {
                mapping.put(role.group(), role);
            }
            return new DirectoryRoles(mapping);
        }
        for (String pair : configured.get().split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("OIDC_ROLE_MAPPING: « " + pair.strip()
                        + " » is not 'directory value=role'");
            }
            mapping.put(pair.substring(0, equals).strip(), role(pair.substring(equals + 1).strip()));
        }
        return new DirectoryRoles(mapping);
    }

    /** The application's roles that the claim's values grant. */
    Set<Role> rolesOf(Collection<String> claimValues) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claimValues.stream().map(mapping::get).filter(r -> r != null).forEach(roles::add);
        return roles;
    }

    /** One of the Region's roles: the directory signs in the Region's people, never a carrier's account. */
    private static Role role(String name) {
        return Role.ofGroup(name.toLowerCase(Locale.ROOT)).filter(Role.region()::contains)
                .orElseThrow(() -> new IllegalArgumentException(
                "OIDC_ROLE_MAPPING: « " + name + " » is none of the Region's roles"));
    }
}
