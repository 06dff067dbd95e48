package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * Who a commitment funds, as the close and the exports name it: the open school (its own, or the one its project
 * became), else the project; the carrier's SIREN as the project registered it (a school older than the software
 * has none in the schools API).
 */
@ApplicationScoped
public class Beneficiaries {

    /** A school or project: its key (the school's id, else the project's), name, department and SIREN. */
    record Beneficiary(String key, UUID schoolId, String name, String departmentCode, String siren) {
    }

    @Inject
    Projects projects;

    @Inject
    Schools schools;

    Beneficiary of(CommitmentEntity commitment) {
        Optional<ProjectSummary> project = commitment.projectId() == null ? Optional.empty()
                : projects.find(new ProjectId(commitment.projectId()));
        Optional<School> school = commitment.schoolId() != null ? schools.find(commitment.schoolId())
                : project.flatMap(p -> schools.all().stream().filter(s -> p.id().equals(s.projectId())).findFirst());
        String siren = project.map(ProjectSummary::carrierSiren).orElse(null);
        if (school.isPresent()) {
            School s = school.get();
            return new Beneficiary(s.id().toString(), s.id(), s.name(), s.departmentCode(), siren);
        }
        return project.map(p -> new Beneficiary(p.id().toString(), null, p.name(), p.departmentCode(), siren))
                .orElseGet(() -> new Beneficiary(String.valueOf(commitment.projectId()), null, null, null, null));
    }
}
