/**
 * The carrier's yearly reports page (issue 16): its school's results per school year and its use-of-grant reports,
 * filed for the Region to validate, each with its state and the reason of a return.
 */
package fr.normandie.ecoles.app.web.reports;
