/** Pages of a school after its opening: its situation (suspensions, resumptions, closure). */
package fr.normandie.ecoles.app.web.schools;
