package fr.normandie.ecoles.schools;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A carrier with what it carries: its projects (with their status) and its schools (with their opening date). */
public record CarrierFile(Carrier carrier, List<CarriedProject> projects, List<CarriedSchool> schools) {

    /** A project the carrier carries. */
    public record CarriedProject(UUID id, String name, String departmentCode, ProjectStatus status) {
    }

    /** A school the carrier carries. */
    public record CarriedSchool(UUID id, String name, String departmentCode, LocalDate openedOn) {
    }
}
