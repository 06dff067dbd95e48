package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;

import java.util.List;

/** The label status of each school project and school, computed from its audits and its re-audit schedule. */
public interface LabelStatuses {

    LabelStatus of(ProjectId project);

    /**
     * The status of every project that has been audited at least once, the most recently audited first (equal days:
     * by the project's id).
     */
    List<LabelStatus> audited();

    /** A page of {@link #audited()}, cut by the database: only the page's projects are read. */
    List<LabelStatus> audited(int first, int max);
}
