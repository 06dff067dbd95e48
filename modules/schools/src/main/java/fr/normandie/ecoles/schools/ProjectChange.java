package fr.normandie.ecoles.schools;

/**
 * One registration field an edit changed: the field's name in the registration ({@code plannedOpening}) and its
 * value before and after, as text (ISO dates, plain decimals, lists joined by a comma); null when it had none.
 */
public record ProjectChange(String field, String before, String after) {
}
