package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.ProjectFileView;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

@ApplicationScoped
public class JpaProjectFile implements ProjectFile {

    @Inject
    JpaProjects projects;

    @Inject
    JpaSchools schools;

    @Inject
    @Any
    Instance<KeptRounds> steps;

    @Override
    public Optional<ProjectFileView> read(ProjectId id) {
        return projects.find(id).map(project -> new ProjectFileView(project,
                steps.stream().map(step -> step.of(id)).toList(), schools.ofProject(id).orElse(null)));
    }
}
