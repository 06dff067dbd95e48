package fr.normandie.ecoles.schools;

/** What happens to an open school: it is suspended, resumes after a suspension, or closes for good. */
public enum SchoolChange {
    SUSPENSION,
    RESUMPTION,
    CLOSURE
}
