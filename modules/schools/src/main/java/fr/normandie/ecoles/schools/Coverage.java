package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Region's targets, and each department's standing against them. */
public interface Coverage {

    List<Target> targets();

    /** The target shipped with the 2019 policy: one school per department by 31 December 2021. */
    Target defaultTarget();

    Optional<Target> target(long id);

    /** Defines a new target (administrators). */
    Target define(NewTarget target, Caller caller);

    /**
     * Each of the five departments against the target, as things stood (or are expected) on {@code asOf}.
     * A project in progress is expected to open on its planned date, or later when the steps it still has
     * to go through have, so far, taken longer for the projects that went through them.
     */
    List<DepartmentCoverage> coverage(Target target, LocalDate asOf);

    /**
     * When a project in progress is expected to open, as of {@code asOf}, by the same projection as
     * {@link #coverage}: its planned date, or later when the steps it still has to go through typically take longer.
     * Empty when the project is not in progress (or does not exist).
     */
    Optional<LocalDate> expectedOpening(ProjectId project, LocalDate asOf);
}
