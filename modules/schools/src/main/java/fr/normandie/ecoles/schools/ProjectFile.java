package fr.normandie.ecoles.schools;

/**
 * The steps of a project's file that the Region's staff carry: each form is validated and stored in
 * the transaction that completes the step. Each method answers the outcome that routes the process.
 */
public interface ProjectFile {

    /** The project's whole file, every step so far. */
    java.util.Optional<ProjectFileView> read(ProjectId id);

    /** @return {@code SUFFICIENT} or {@code INSUFFICIENT} */
    String recordBacking(ProjectId id,
                         TerritorialBackingForm form,
                         String recordedBy);

    /** @return the study's conclusion */
    String recordStudy(ProjectId id,
                       OpportunityStudyForm form,
                       String recordedBy);

    /** @return {@code SECURED} or {@code NOT_SECURED} */
    String recordInsertion(ProjectId id,
                           InsertionCommitmentForm form,
                           String recordedBy);

    /**
     * Opens the school: it joins the registry and counts for its department from its opening date.
     * @return {@code OPENED}
     */
    String recordOpening(ProjectId id,
                         OpeningForm form,
                         String recordedBy);
}
