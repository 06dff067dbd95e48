package fr.normandie.ecoles.funding;

/** The agreement step's only end: the agreement is signed by both parties. */
public enum AgreementOutcome {
    SIGNED
}
