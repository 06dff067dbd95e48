package fr.normandie.ecoles.kernel;

/**
 * Why one field of a request is wrong: the path of the field in the request or form
 * ({@code findings[0].actions[1].dueOn}, {@code file}) and the French message shown next to it.
 */
public record FieldReason(String field, String message) {
}
