package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An open école de production, in the registry. {@code projectId} is null for schools older than the software. */
public record School(UUID id, String name, String carrier, String departmentCode, String communeCode,
                     List<String> trades, LocalDate openedOn, int capacity, ProjectId projectId) {
}
