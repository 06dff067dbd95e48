/**
 * What every HTTP answer of the application carries, whether a page, the API, a download or an error: the
 * security headers of a public-sector site (a Content-Security-Policy without inline script, nosniff, no
 * referrer outside the site, no framing, nothing personal kept in a cache), and the address the browser
 * reached, which behind a reverse proxy is not the one the server sees: the session cookie is {@code Secure}
 * when that address is HTTPS, and the addresses the application builds come from its configured public URL,
 * never from the request's Host header.
 */
package fr.normandie.ecoles.app.http;
