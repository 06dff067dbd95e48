package fr.normandie.ecoles.schools;

import java.util.UUID;

/**
 * The project record that holds a school's file (label, audits, re-audits, documents, comments). A school opened
 * through the workflow has its project; a school older than the software is given one the first time its file is
 * needed: already open, registered on its opening day, with no step, so that everything keyed by a project works
 * for it as for the others and it is never counted as in progress.
 */
public interface SchoolFiles {

    /** @throws UnknownSchoolException when there is no such school */
    ProjectId fileOf(UUID schoolId);
}
