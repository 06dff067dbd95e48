package fr.normandie.ecoles.funding;

/** The documents of a grant, in French, made from the stored grant. */
public interface GrantDocuments {

    /**
     * The agreement (convention): parties, object, amounts per year, payment terms, reporting duties, recovery
     * clause; with its avenants.
     * @throws FundingConflictException when the grant is not voted or lies below the legal threshold
     */
    FileContent agreement(GrantId id);

    /**
     * The refusal letter, with the appeal routes and delays.
     * @throws FundingConflictException when the grant was not refused
     */
    FileContent refusal(GrantId id);
}
