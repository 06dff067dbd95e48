package fr.normandie.ecoles.funding;

/**
 * A rule of thumb of the Region's policy that an amount departs from, on the field that holds it: in the
 * {@link RuleMode#WARN} mode, recordable with a written justification.
 */
public record RuleWarning(String field, String message) {
}
