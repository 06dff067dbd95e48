package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in person of the current request, as the modules know callers. Asked once per request: each role
 * is a permission check of the container's policy, which a request asking twice would pay twice.
 */
@RequestScoped
public class Callers {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Caller current;

    public Caller current() {
        if (current == null) {
            current = signedIn();
        }
        return current;
    }

    private Caller signedIn() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new StepForbiddenException("Connectez-vous pour accéder à l'application.");
        }
        Set<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.group()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        UUID carrier = roles.contains(Role.CARRIER)
                ? accounts.find(principal.getName()).map(Account::carrierId).orElse(null) : null;
        if (roles.contains(Role.CARRIER) && carrier == null) {
            throw new StepForbiddenException("Ce compte de porteur de projet n'est rattaché à aucun porteur.");
        }
        return new Caller(principal.getName(), roles, carrier);
    }

    /** The current caller, who must hold one of the roles. */
    public Caller requireAny(Role... roles) {
        Caller caller = current();
        if (Arrays.stream(roles).noneMatch(caller::has)) {
            throw new StepForbiddenException("Accès refusé : cette action demande le rôle "
                    + Arrays.stream(roles).map(Role::group).collect(Collectors.joining(" ou ")) + ".");
        }
        return caller;
    }
}
