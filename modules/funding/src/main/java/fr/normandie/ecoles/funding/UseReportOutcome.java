package fr.normandie.ecoles.funding;

/** The school's report on the use of the money: it justifies the grant (the balance is paid) or not (withheld). */
public enum UseReportOutcome {
    JUSTIFIED, NOT_JUSTIFIED
}
