package fr.normandie.ecoles.schools;

/** The diplomas an école de production prepares. */
public enum Diploma {
    /** Certificat d'aptitude professionnelle, in two years. */
    CAP,
    /** Baccalauréat professionnel. */
    BAC_PRO,
    /** Titre professionnel registered in the RNCP. */
    TITRE_PRO
}
