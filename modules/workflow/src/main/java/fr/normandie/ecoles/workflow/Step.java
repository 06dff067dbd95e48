package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.kernel.Role;

import fr.normandie.ecoles.schools.StepHandler;

/**
 * A step that people carry: a user task of a deployed process joined to the handler of the module that owns
 * its data. Its name and role are the task's {@code name} and {@code candidateGroups}, read from the deployed
 * model (see {@link Steps}); its key, form and outcome are the handler's.
 *
 * @param activityId the user task's id in its BPMN
 * @param label      the step's name in French, as users read it: the task's name
 * @param role       who may complete it: the task's candidate group
 */
public record Step(Process process, String activityId, String label, Role role, StepHandler<?, ?> handler) {

    /** The processes people work in, by their BPMN process id. */
    public enum Process {
        /** {@code school-opening.bpmn}: a project's steps to an open school. */
        OPENING("school-opening"),
        /** {@code label-renewal.bpmn}: the periodic re-audits of a labelled school. */
        RENEWAL("label-renewal"),
        /** {@code school-grant.bpmn}: a grant to an open school, from its request to its balance; keyed by the grant. */
        GRANT("school-grant");

        private final String key;

        Process(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The key that names the step in the API, the page templates and the journal: the task's form key. */
    public String key() {
        return handler.key();
    }

    public Class<?> formType() {
        return handler.formType();
    }

    /** The process variable the step's outcome routes by. */
    public String outcomeVariable() {
        return handler.outcomeVariable();
    }
}
