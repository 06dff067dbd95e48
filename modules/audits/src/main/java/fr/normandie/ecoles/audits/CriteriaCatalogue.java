package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.kernel.Caller;
import java.util.List;
import java.util.Optional;

/** The FNEP label's cahier des charges, versioned: administrators publish versions, audits keep theirs. */
public interface CriteriaCatalogue {

    /** Every published version, the newest first. */
    List<CatalogueVersion.Summary> versions();

    Optional<CatalogueVersion> version(int number);

    /** The newest published version: the one new audits are made against unless they name another. */
    CatalogueVersion current();

    /** Publishes the draft as the next version (administrators); earlier versions stay as they were. */
    CatalogueVersion publish(CatalogueDraft draft, Caller caller);
}
