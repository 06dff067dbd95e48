package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Region's targets, and each department's standing against them. */
public interface Coverage {

    List<Target> targets();

    /** The target shipped with the 2019 policy: one school per department by 31 December 2021. */
    Target defaultTarget();

    Optional<Target> target(long id);

    /** Each of the five departments against the target, as things stood (or are expected) on {@code asOf}. */
    List<DepartmentCoverage> coverage(Target target, LocalDate asOf);
}
