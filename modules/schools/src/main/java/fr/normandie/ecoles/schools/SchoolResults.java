package fr.normandie.ecoles.schools;

import java.util.UUID;

/** A school's results for one year, with the school they belong to. */
public record SchoolResults(UUID schoolId, String schoolName, String departmentCode, YearlyResults results) {
}
