package fr.normandie.ecoles.funding;

/**
 * Where a co-financer's money comes from. The skills investment plan (PIC) has a national part, spent
 * through the State's calls for projects, and a regional part (the regional pact); a line funded by
 * one cannot be co-financed by the other (rule stated by the State in 2019).
 */
public enum CoFinancingProgramme {
    STATE_CALL_FOR_PROJECTS("Appel à projets de l'État"),
    PIC_NATIONAL_CALL("Appels à projets nationaux du PIC"),
    PIC_REGIONAL("Part régionale du PIC"),
    FOUNDATION("Fondation"),
    INTERCOMMUNALITY("Intercommunalité"),
    DEPARTMENT("Département"),
    COMMUNE("Commune"),
    FIRM("Entreprise"),
    OTHER("Autre");

    private final String label;

    CoFinancingProgramme(String label) {
        this.label = label;
    }

    /** The programme's name in French. */
    public String label() {
        return label;
    }
}
