/** Sign-in (HTTP Basic for the API, a sign-in page and a session for the pages, both against the accounts table, PBKDF2 hashes), the caller's roles, account administration. */
package fr.normandie.ecoles.app.security;
