package fr.normandie.ecoles.schools;

import java.time.LocalDate;

/**
 * A department against a target on a given date: the schools open then, the first opening, the date the
 * target was met (if it was), and the projects expected to open by the deadline.
 */
public record DepartmentCoverage(String code, String name, int openSchools, LocalDate firstOpenedOn,
                                 LocalDate metOn, int projectsExpectedInTime, CoverageStatus status) {
}
