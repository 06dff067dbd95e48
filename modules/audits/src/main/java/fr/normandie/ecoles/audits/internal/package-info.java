/**
 * The audits module's entities (catalogue versions, audits with their verdicts, findings, corrective
 * actions and reviews, re-audit schedules), the label's rules ({@code AuditRules}, {@code LabelStatusRule}),
 * the PDF report's layout, and the implementation of the module's API. Nobody else imports this package.
 */
package fr.normandie.ecoles.audits.internal;
