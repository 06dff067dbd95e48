package fr.normandie.ecoles.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: the accounts table, PBKDF2 hashes; a caller's groups are its roles (mapped one to
 * one in glassfish-web.xml). {@link SignInMechanism} checks HTTP Basic and the sign-in page against it.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/ecoles",
        callerQuery = "select password_hash from accounts.account where username = ? and active = true and password_hash is not null",
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
