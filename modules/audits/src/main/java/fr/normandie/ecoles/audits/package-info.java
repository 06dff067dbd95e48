/**
 * Audits: the FNEP label. The criteria catalogue ({@link fr.normandie.ecoles.audits.CriteriaCatalogue},
 * versioned, kept by administrators), the inspections of school projects and schools
 * ({@link fr.normandie.ecoles.audits.LabelAudits}: verdicts per criterion, findings, corrective actions,
 * scores, the label's outcome rules), the label status of each school
 * ({@link fr.normandie.ecoles.audits.LabelStatuses}), the schedule of re-audits
 * ({@link fr.normandie.ecoles.audits.LabelRenewals}) and the audit report in PDF
 * ({@link fr.normandie.ecoles.audits.AuditReports}). This package is the module's API; entities and
 * implementations sit in {@code internal}.
 */
package fr.normandie.ecoles.audits;
