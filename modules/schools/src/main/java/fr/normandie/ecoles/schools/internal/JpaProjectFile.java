package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectFile;
import fr.normandie.ecoles.schools.ProjectFileView;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectFile implements ProjectFile {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    JpaSchools schools;

    @Override
    public Optional<ProjectFileView> read(ProjectId id) {
        return projects.find(id).map(project -> new ProjectFileView(project,
                ofProject("TerritorialBackingEntity.ofProject", TerritorialBackingEntity.class, id).stream()
                        .map(TerritorialBackingEntity::toRound).toList(),
                ofProject("OpportunityStudyEntity.ofProject", OpportunityStudyEntity.class, id).stream()
                        .map(OpportunityStudyEntity::toRecorded).toList(),
                ofProject("InsertionCommitmentEntity.ofProject", InsertionCommitmentEntity.class, id).stream()
                        .map(InsertionCommitmentEntity::toRecorded).toList(),
                schools.ofProject(id).orElse(null)));
    }

    private <T> List<T> ofProject(String query, Class<T> type, ProjectId id) {
        return em.createNamedQuery(query, type).setParameter("project", id.value()).getResultList();
    }
}
