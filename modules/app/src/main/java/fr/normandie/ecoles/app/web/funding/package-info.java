/**
 * The funding officers' screens beyond the decision form (which is a step form, in {@code web.project}):
 * the budget envelopes and the decisions charged to them, a subsidy with its schedule and payments, and a
 * project's subsidies as its page shows them.
 */
package fr.normandie.ecoles.app.web.funding;
