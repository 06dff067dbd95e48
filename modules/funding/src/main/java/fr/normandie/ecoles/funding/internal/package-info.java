/**
 * The funding module's implementation; nobody else imports this package. Entities and their named
 * queries (the envelope, the decision, its schedule lines, payments and co-financers); the ledger that
 * commits and pays through conditional updates, so that the database keeps every envelope and every
 * grant whole; the rules as plain classes, configured by {@code FundingSettings} and applied by
 * {@code FundingRulesValidator} (shares, schedules, the 2019 co-financing rule); the documents: the
 * notification letter (OpenPDF), CSV (Commons CSV) and XLSX (FastExcel) exports.
 */
package fr.normandie.ecoles.funding.internal;
