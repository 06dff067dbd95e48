package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school's life after its opening: suspensions, resumptions and its closure, each from a day with a reason.
 * Coverage and the network's figures count a school only on the days it is open.
 */
public interface SchoolStatuses {

    /**
     * Records a change (staff, administrators). Refused, with nothing written: a closed school, a suspension of a
     * suspended school, a resumption of one not suspended, a day before its opening or before its last change.
     * @throws fr.normandie.ecoles.kernel.Forbidden for any other role
     * @throws UnknownSchoolException when there is no such school
     */
    SchoolStatusChange record(UUID schoolId, SchoolChangeForm form, Caller caller);

    /** The school's changes, in the order they took effect. */
    List<SchoolStatusChange> changes(UUID schoolId);

    /** Where the school stood on that day. */
    SchoolStatus statusOn(UUID schoolId, LocalDate day);
}
