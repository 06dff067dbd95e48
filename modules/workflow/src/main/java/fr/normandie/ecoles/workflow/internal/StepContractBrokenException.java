package fr.normandie.ecoles.workflow.internal;

import java.util.List;

/** The deployed processes and the modules' step handlers disagree: the application must not start. */
public class StepContractBrokenException extends IllegalStateException {

    private final List<String> gaps;

    StepContractBrokenException(List<String> gaps) {
        super("Les processus déployés et les étapes de l'application ne concordent pas :\n- "
                + String.join("\n- ", gaps));
        this.gaps = List.copyOf(gaps);
    }

    /** Each gap, naming the task, handler or value in fault. */
    public List<String> gaps() {
        return gaps;
    }
}
