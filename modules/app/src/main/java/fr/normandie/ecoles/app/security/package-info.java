/** Sign-in (HTTP Basic against the accounts table, PBKDF2 hashes), the caller's roles, account administration. */
package fr.normandie.ecoles.app.security;
