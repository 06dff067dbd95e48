package fr.normandie.ecoles.funding;

/**
 * Where a grant stands, following {@code bpmn/school-grant.bpmn}: requested, instructed by a funding officer,
 * voted or refused by the standing committee, its agreement signed (or none required), being paid, its use
 * report received, then paid to its balance, or its balance withheld when the report did not justify the money;
 * or lapsed (caduque) when its agreement was not signed within the signature delay after the vote.
 */
public enum GrantStatus {
    REQUESTED, INSTRUCTED, REFUSED, VOTED, PAYING, REPORT_DUE, BALANCE_DUE, PAID, BALANCE_WITHHELD, LAPSED
}
