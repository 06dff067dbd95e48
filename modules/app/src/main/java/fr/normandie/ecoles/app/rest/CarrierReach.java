package fr.normandie.ecoles.app.rest;

import fr.normandie.ecoles.app.security.Callers;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's outer wall for carriers' accounts: web.xml lets them into {@code /api/*}, and this filter refuses them
 * (403, before any body is read) on every resource method that is not {@link OpenToCarriers}. The Region's people
 * pass untouched; what each may do is checked by the modules.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class CarrierReach implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Callers callers;

    @Override
    public void filter(ContainerRequestContext request) {
        // one role check for everyone; the carrier's whole Caller (its account read for its carrier) only for carriers
        if (!request.getSecurityContext().isUserInRole(Role.CARRIER.group())) {
            return;
        }
        callers.current(); // refuses a carrier account whose carrier link is missing, before anything else
        if (!openToCarriers()) {
            throw new OutOfCarriersReachException();
        }
    }

    private boolean openToCarriers() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(OpenToCarriers.class)
                || resource.getResourceClass().isAnnotationPresent(OpenToCarriers.class));
    }

    /** A carrier's account on a path of the Region's people. */
    public static class OutOfCarriersReachException extends Forbidden {
        OutOfCarriersReachException() {
            super("Accès refusé : cette partie de l'application est réservée aux services de la Région.");
        }
    }
}
