package fr.normandie.ecoles.schools;

import java.time.LocalDate;

/** A project as it stood at the end of a past day: in progress, with the last step it had completed by then (null: none). */
public record PastProject(ProjectId id, String name, String departmentCode, LocalDate plannedOpening, String lastStep) {
}
