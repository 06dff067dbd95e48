/** Sign-in (HTTP Basic for the API, a sign-in page and a session for the pages, both against the accounts table, PBKDF2 hashes; with OIDC_* set, also the Region's directory through OpenID Connect and its bearer tokens on the API), the caller's roles, account administration. */
package fr.normandie.ecoles.app.security;
