/**
 * The carriers' pages: the list of carrying organisations (and the form that creates one) and a carrier's
 * page (its projects and schools, its contacts, the form that edits it), on the schools module's
 * {@link fr.normandie.ecoles.schools.Carriers}.
 */
package fr.normandie.ecoles.app.web.carriers;
