/**
 * Messages between a project's carrier and the Region (issue 16): the carrier's page of a project's thread
 * ({@code /carrier/messages.xhtml?project=}), and what it shares with the staff's section of the project's page
 * (the thread as shown, with the other side's unread messages marked). The staff's internal comments are elsewhere
 * ({@code web.project.ProjectComments}) and never reach a carrier.
 */
package fr.normandie.ecoles.app.web.messages;
