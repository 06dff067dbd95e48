/** Signing in and out of the web application; the session itself is kept by the security package. */
package fr.normandie.ecoles.app.web.session;
