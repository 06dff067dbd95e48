package fr.normandie.ecoles.funding;

/** The two budget lines of a school that the Region may fund. */
public enum FundedLine {
    INVESTMENT("investissement"), OPERATION("fonctionnement");

    private final String label;

    FundedLine(String label) {
        this.label = label;
    }

    /** The line's name in French, lower case, as it reads inside a sentence. */
    public String label() {
        return label;
    }
}
