package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;
import java.util.Map;

/**
 * The documents expected of each step (issue 16): set by the administrators, read by everyone who files or
 * instructs a project, and checked when staff complete a step.
 *
 * <p>The rule: a missing mandatory document stops a step only for a project whose carrier files online
 * ({@link fr.normandie.ecoles.kernel.OnlineCarriers#filesOnline}); for the others, whose documents come by e-mail, the page shows what is
 * missing and the step may be completed, as before.
 */
public interface RequiredDocuments {

    /** A step's expected documents, in order; none for a step that expects none. */
    List<RequiredDocument> of(String step);

    /** Every step's expected documents, by step key. */
    Map<String, List<RequiredDocument>> all();

    /**
     * Replaces a step's list (administrators): items with an {@code id} keep it, and the documents that answered
     * an item removed stay in the file, answering nothing.
     *
     * @throws UnknownStepException when no step has this key
     * @throws InvalidInputException for a missing or too long label, a label given twice, an unknown id
     */
    List<RequiredDocument> set(String step, RequiredDocumentsForm form, Caller caller);

    /**
     * The project's expected documents, step by step (the steps that expect some), with what answers each: the
     * Region's people see every project, a carrier its own only.
     *
     * @throws UnknownProjectException when there is no such project, or the caller's carrier does not carry it
     */
    List<StepDocuments> checklist(ProjectId project, Caller caller);

    /**
     * Refuses the completion of the step while one of its mandatory documents is missing and the rule binds the
     * project; asked by the workflow before anything of the step is written.
     *
     * @param stepLabel the step's name, as the refusal says it
     * @throws MissingDocumentsException naming each missing document
     */
    void requireFiled(ProjectId project, String step, String stepLabel);
}
