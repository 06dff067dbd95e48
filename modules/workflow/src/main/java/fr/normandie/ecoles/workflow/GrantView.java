package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.funding.Grant;

/**
 * A grant with the step its process waits at: {@code step} is the step's key ({@code grant-vote}, ...) and
 * {@code stepLabel} its French name, both null once the process has ended.
 */
public record GrantView(Grant grant, String step, String stepLabel) {
}
