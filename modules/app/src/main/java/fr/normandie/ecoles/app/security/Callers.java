package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.StepForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
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

    @Inject
    HttpServletRequest request;

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
        Set<Role> roles = roles();
        UUID carrier = roles.contains(Role.CARRIER)
                ? accounts.find(principal.getName()).map(Account::carrierId).orElse(null) : null;
        if (roles.contains(Role.CARRIER) && carrier == null) {
            throw new StepForbiddenException("Ce compte de porteur de projet n'est rattaché à aucun porteur.");
        }
        return new Caller(principal.getName(), roles, carrier);
    }

    /**
     * The caller's roles: their groups as the sign-in mechanism kept them on the request (one group, one role), else
     * one question to the container's policy per role (issue 18: those were 3 % of the request threads' CPU).
     */
    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional<Set<String>> groups = SignInMechanism.groupsOf(request);
        if (groups.isPresent()) {
            groups.get().forEach(group -> Role.ofGroup(group).ifPresent(roles::add));
        } else {
            Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.group())).forEach(roles::add);
        }
        return roles;
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
