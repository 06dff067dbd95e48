package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.CoverageStatus;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.Target;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How one department stands against a target on a date. The target is met on the date its
 * minimum-th school opened, if that is by the deadline; at the end of the deadline day, unmet, it is
 * missed; before that, it is on track when the schools already open plus the projects expected to
 * open by the deadline reach the minimum, and at risk otherwise.
 */
final class CoverageRule {

    private CoverageRule() {
    }

    /**
     * @param openings          the opening dates of the department's schools (any order)
     * @param expectedOpenings  when each project still in progress is expected to open
     */
    static DepartmentCoverage evaluate(Target target, LocalDate asOf, Department department,
                                       Collection<LocalDate> openings, Collection<LocalDate> expectedOpenings) {
        List<LocalDate> openSoFar = openings.stream().filter(d -> !d.isAfter(asOf)).sorted().toList();
        LocalDate firstOpenedOn = openSoFar.isEmpty() ? null : openSoFar.get(0);
        int minimum = target.minimumPerDepartment();
        LocalDate metOn = openSoFar.size() >= minimum && minimum > 0 ? openSoFar.get(minimum - 1) : null;
        if (metOn != null && metOn.isAfter(target.deadline())) {
            metOn = null;
        }
        LocalDate deadline = target.deadline();
        int expectedInTime = (int) expectedOpenings.stream()
                .map(expected -> expected.isBefore(asOf) ? asOf : expected) // a late project opens no sooner than today
                .filter(expected -> !expected.isAfter(deadline))
                .count();
        CoverageStatus status;
        if (metOn != null || minimum == 0) {
            status = CoverageStatus.MET;
        } else if (!asOf.isBefore(deadline)) { // at the end of the deadline day, nothing more can open in time
            status = CoverageStatus.MISSED;
        } else {
            long openByDeadline = openSoFar.size();
            status = openByDeadline + expectedInTime >= minimum ? CoverageStatus.ON_TRACK : CoverageStatus.AT_RISK;
        }
        return new DepartmentCoverage(department.code(), department.name(), openSoFar.size(), firstOpenedOn, metOn,
                asOf.isBefore(deadline) ? expectedInTime : 0, status);
    }
}
