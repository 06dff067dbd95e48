/**
 * The report for the plenary session of the CREFOP (the regional employment and training committee): a French
 * PDF made from the data as of a chosen date, with the regional summary (map, target, key figures, results
 * indicators over the years) and one page per department telling its story.
 */
package fr.normandie.ecoles.app.report;
