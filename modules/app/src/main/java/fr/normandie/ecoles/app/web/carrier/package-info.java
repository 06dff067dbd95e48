/**
 * The carriers' portal (issue 16): the pages a carrier's account opens under {@code /carrier/}, its home (its
 * projects and schools, where each project stands) and a project's page. Each bean reads through the modules'
 * methods that take the {@code Caller} and scope by it in their queries, so that another carrier's project is
 * answered as a missing one (the 404 page).
 */
package fr.normandie.ecoles.app.web.carrier;
