package fr.normandie.ecoles.schools;

/**
 * What a carrier says when it submits a step's file online (issue 16): an optional comment for the officer. The
 * documents themselves are uploaded to the project beside it.
 *
 * @param comment at most {@link FileSubmissions#MAX_TEXT} characters, or nothing
 */
public record SubmissionForm(String comment) {
}
