package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open école de production, in the registry. {@code projectId} is null for schools older than the
 * software. {@code recognisedOn} is the State's listing under art. L.443-6 of the code de l'éducation
 * (ministerial arrêté), a status distinct from the FNEP label. {@code carrier} is the name of its carrier,
 * the record {@code carrierId}.
 */
public record School(UUID id, String name, String carrier, String departmentCode, String communeCode,
                     List<String> trades, LocalDate openedOn, int capacity, ProjectId projectId,
                     LocalDate recognisedOn, String recognitionReference, UUID carrierId) {
}
