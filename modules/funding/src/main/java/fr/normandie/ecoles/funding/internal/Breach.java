package fr.normandie.ecoles.funding.internal;

/**
 * A funding rule that a form breaks, on the field that is wrong: a property of the form
 * ({@code investmentGranted}), or a property of one element of a list in it ({@code schedule[0].amount}:
 * property {@code schedule}, index 0, leaf {@code amount}).
 */
record Breach(String property, Integer index, String leaf, String message, ShareRule rule) {

    static Breach on(String property, String message) {
        return new Breach(property, null, null, message, null);
    }

    /** A breach of one of the share rules, which may only warn (see {@link ShareRule}). */
    static Breach ofRule(ShareRule rule, String property, String message) {
        return new Breach(property, null, null, message, rule);
    }

    static Breach onElement(String property, int index, String leaf, String message) {
        return new Breach(property, index, leaf, message, null);
    }

    /** The field's path in the request body. */
    String path() {
        return index == null ? property : property + "[" + index + "]." + leaf;
    }
}
