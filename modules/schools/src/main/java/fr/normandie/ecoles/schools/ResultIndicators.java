package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The indicators computed from the schools' yearly results, as they stood on a date: per school, per
 * department and for the region, one entry per school year, oldest first. A school year counts from its
 * start (1 September) on or before the date.
 */
public interface ResultIndicators {

    Indicators asOf(LocalDate asOf);

    /** The region's, each department's (by code, departments without results absent) and each school's series. */
    record Indicators(List<YearIndicators> region, Map<String, List<YearIndicators>> departments,
                      Map<UUID, List<YearIndicators>> schools) {

        public List<YearIndicators> ofDepartment(String code) {
            return departments.getOrDefault(code, List.of());
        }

        public List<YearIndicators> ofSchool(UUID school) {
            return schools.getOrDefault(school, List.of());
        }
    }
}
