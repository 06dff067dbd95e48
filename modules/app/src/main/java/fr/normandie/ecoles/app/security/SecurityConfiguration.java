package fr.normandie.ecoles.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * HTTP Basic sign-in, checked against the accounts table; a caller's groups are its roles
 * (mapped one to one in glassfish-web.xml).
 */
@BasicAuthenticationMechanismDefinition(realmName = "Ecoles de production")
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/ecoles",
        callerQuery = "select password_hash from accounts.account where username = ? and active = true",
        groupsQuery = "select role from accounts.account_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=" + PasswordHashing.ALGORITHM,
            "Pbkdf2PasswordHash.Iterations=" + PasswordHashing.ITERATIONS
        })
@DeclareRoles({"staff", "auditor", "funding", "viewer", "admin"})
@ApplicationScoped
public class SecurityConfiguration {
}
