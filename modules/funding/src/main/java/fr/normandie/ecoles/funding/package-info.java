/**
 * Funding: the Region's budgets by year and kind (investment, operating), each with its commitment
 * authorisations and payment credits, and the ledger over them (commitments, payments charged to the year
 * paid in, releases, recovery orders, the year's close, aid per pupil); the budget envelopes (one per year, now
 * the sum of its two budgets), its subsidy decisions for school projects (the
 * share of each line under configurable rules, the standing committee's vote, the co-financers), their
 * payment schedules and payments, the notification letter and the exports. A grant is committed
 * against its envelope and a payment against its grant in the database itself, so that neither can
 * ever be exceeded, whoever decides or pays at the same moment. This package is the module's API;
 * entities, rules and implementations sit in {@code internal}.
 */
package fr.normandie.ecoles.funding;
