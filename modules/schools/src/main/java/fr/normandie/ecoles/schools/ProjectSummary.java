package fr.normandie.ecoles.schools;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A school project as registered, with its overall status. */
public record ProjectSummary(
        ProjectId id,
        String name,
        String carrier,
        String departmentCode,
        String communeCode,
        String communeName,
        List<String> trades,
        int capacity,
        LocalDate plannedOpening,
        ProjectStatus status,
        Instant registeredAt,
        String registeredBy,
        String endReason) {
}
