package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTerritory implements Territory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CommuneDirectory communes;

    @Override
    public List<Department> departments() {
        return em.createNamedQuery("DepartmentEntity.all", DepartmentEntity.class).getResultList().stream()
                .map(DepartmentEntity::toDepartment).toList();
    }

    @Override
    public Optional<Department> department(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(em.find(DepartmentEntity.class, code)).map(DepartmentEntity::toDepartment);
    }

    /** Only communes of the current reference file: a merged-away commune is no longer a valid choice. */
    @Override
    public Optional<Commune> commune(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(em.find(CommuneEntity.class, code))
                        .filter(CommuneEntity::isCurrent).map(CommuneEntity::toCommune);
    }

    @Override
    public void loadReferenceFile() {
        communes.communes();
    }
}
