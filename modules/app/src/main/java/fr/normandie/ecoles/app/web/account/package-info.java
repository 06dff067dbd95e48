/** The pages where every signed-in person manages their own account: their notifications. */
package fr.normandie.ecoles.app.web.account;
