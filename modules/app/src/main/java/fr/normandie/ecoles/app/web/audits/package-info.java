/**
 * The auditors' screens beyond the checklist (which is a step form, in {@code web.project}): the queue of
 * audits to do, an audit as recorded with its PDF report, and a project's audits and label status as its
 * page shows them.
 */
package fr.normandie.ecoles.app.web.audits;
