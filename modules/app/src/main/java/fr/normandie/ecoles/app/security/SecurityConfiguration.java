package fr.normandie.ecoles.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the container knows (mapped one to one in glassfish-web.xml). There is no identity store of the
 * container's: {@link SignInMechanism} checks HTTP Basic and the sign-in page through {@link SignInAttempts},
 * which reads the accounts table itself so that it can throttle and spend the same work on unknown names.
 */
@DeclareRoles({"staff", "auditor", "funding", "viewer", "admin", "carrier"})
@ApplicationScoped
public class SecurityConfiguration {
}
