package fr.normandie.ecoles.schools;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school project as registered, with its place in the territory and its overall status. The carrier's
 * name and details are its record's ({@code carrierId}), shared with the carrier's other projects and schools;
 * {@code version} changes whenever the project does (an edit, a step), and an edit names the version it was made on.
 */
public record ProjectSummary(
        ProjectId id,
        String name,
        String carrier,
        String carrierLegalForm,
        Boolean carrierNonProfit,
        String carrierSiren,
        String departmentCode,
        String communeCode,
        String communeName,
        String epciSiren,
        String epciName,
        List<String> trades,
        List<Diploma> diplomas,
        int capacity,
        BigDecimal familyContribution,
        LocalDate plannedOpening,
        ProjectStatus status,
        Instant registeredAt,
        String registeredBy,
        String endReason,
        UUID carrierId,
        long version) {
}
