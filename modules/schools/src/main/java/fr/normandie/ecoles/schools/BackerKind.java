package fr.normandie.ecoles.schools;

/** The kinds of local actors who can carry a school project. */
public enum BackerKind {
    COMMUNE, INTERCOMMUNALITY, DEPARTMENT, REGION, BRANCH, FIRM, MISSION_LOCALE, ASSOCIATION;

    /** Local authorities: their backing is what "carried by the territory" means first. */
    public boolean isLocalAuthority() {
        return this == COMMUNE || this == INTERCOMMUNALITY || this == DEPARTMENT || this == REGION;
    }

    /** The economic side of the territory: firms and professional branches. */
    public boolean isEconomic() {
        return this == FIRM || this == BRANCH;
    }
}
