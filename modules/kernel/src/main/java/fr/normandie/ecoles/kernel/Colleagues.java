package fr.normandie.ecoles.kernel;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The people of the application as the modules need to know them when work is routed from one person to another
 * (a project's officer, a task handed over, an absence): who is an active colleague with which roles, and whom a
 * person stands in for today. The accounts and the absences live in the application, which implements it; the
 * modules ask this, so that a refusal ("no such colleague") is decided at the module's door.
 */
public interface Colleagues {

    /** The roles of the active account of that name; empty when no active account bears it. */
    Optional<Set<Role>> activeRoles(String name);

    /**
     * The people whom this person stands in for now: those absent today who named this person as their substitute.
     * Asked at the time of a query or a notice, so that an absence takes effect on its first day and ends after its
     * last, with nothing to undo.
     */
    Set<String> standingInFor(String name);

    /** The people this person acts as now: themselves first, then those they stand in for. */
    default Set<String> actingAs(String name) {
        Set<String> people = new LinkedHashSet<>();
        people.add(name);
        people.addAll(standingInFor(name));
        return people;
    }

    /**
     * The name of an active colleague who holds the role (any role when {@code role} is null), as stored: stripped.
     *
     * @param field the request's field that names the colleague, where the refusal is shown
     * @throws Rejected on that field when the name is blank, no active account bears it, or it lacks the role
     */
    default String requireColleague(String name, Role role, String field) {
        if (name == null || name.isBlank()) {
            throw new Rejected(field, "Indiquez le nom d'utilisateur d'un collègue.");
        }
        String colleague = name.strip();
        Set<Role> roles = activeRoles(colleague).orElseThrow(() -> new Rejected(field,
                "Aucun compte actif ne porte le nom d'utilisateur « " + colleague + " »."));
        if (role != null && !roles.contains(role)) {
            throw new Rejected(field, "« " + colleague + " » n'a pas le rôle " + role.group() + ".");
        }
        return colleague;
    }
}
