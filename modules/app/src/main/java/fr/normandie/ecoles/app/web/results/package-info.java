/**
 * A school's yearly results (the form staff fill in each year, and the school's indicators over the years)
 * and the results panel of the dashboard (the region's and each department's indicators, the CREFOP report).
 */
package fr.normandie.ecoles.app.web.results;
