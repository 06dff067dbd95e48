/**
 * The carrier's submission page (issue 16, submit): the open request of staff, if any, and the button that
 * submits the step's file. Under {@code /carrier/}, which web.xml opens to carriers' accounts alone.
 */
package fr.normandie.ecoles.app.web.submission;
