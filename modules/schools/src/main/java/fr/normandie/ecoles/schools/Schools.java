package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registry of open écoles de production, their State recognition and their yearly results. */
public interface Schools {

    List<School> all();

    Optional<School> find(UUID id);

    /** The registry as the caller may see it: a carrier's account, its own carrier's schools alone (in the query). */
    List<School> all(Caller caller);

    /** A school the caller may see: another carrier's school is as absent as a missing one for a carrier's account. */
    Optional<School> find(UUID id, Caller caller);

    /** Registers a school that opened before the software existed (project officers, administrators). */
    School register(SchoolRegistration registration, Caller caller);

    /** Records (or corrects) the State's recognition of the school (project officers, administrators). */
    School recordRecognition(UUID schoolId, StateRecognition recognition, Caller caller);

    /**
     * Records (or replaces) the school's results for a school year, with their totals computed; staff and
     * administrators only ({@link ResultsForbiddenException}), checked before anything else.
     * @throws InvalidResultsException when the figures do not hold together, nothing written
     */
    YearlyResults recordResults(Caller caller, UUID schoolId, YearlyResults results);

    /** The school's results, oldest year first. */
    List<YearlyResults> results(UUID schoolId);

    /** Every school's results, by school then year: for exports. */
    List<SchoolResults> allResults();

    /** The network's figures on that date, in a fixed number of aggregate queries whatever the number of schools. */
    NetworkFigures figures(LocalDate asOf);
}
