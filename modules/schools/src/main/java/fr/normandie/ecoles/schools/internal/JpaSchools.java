package fr.normandie.ecoles.schools.internal;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.DuplicateSchoolException;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.SchoolRegistration;
import fr.normandie.ecoles.schools.Schools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
public class JpaSchools implements Schools {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Override
    public List<School> all() {
        return em.createNamedQuery("SchoolEntity.all", SchoolEntity.class).getResultList().stream()
                .map(SchoolEntity::toSchool).toList();
    }

    @Override
    @Transactional
    public School register(SchoolRegistration registration) {
        Inputs.requireValid(validator, registration);
        SchoolEntity school = new SchoolEntity(registration.name(), registration.carrier(),
                registration.departmentCode(), registration.communeCode(), registration.trades(),
                registration.openedOn(), registration.capacity(), null, null);
        add(school);
        return school.toSchool();
    }

    /**
     * Adds a school to the registry, refusing a second school of the same name in the same commune.
     * The unique key on (name, commune) stays the last word for two openings racing each other.
     */
    void add(SchoolEntity school) {
        Long sameName = em.createNamedQuery("SchoolEntity.nameInCommune", Long.class)
                .setParameter("name", school.name()).setParameter("commune", school.communeCode())
                .getSingleResult();
        if (sameName > 0) {
            throw new DuplicateSchoolException(school.name(), school.communeCode());
        }
        em.persist(school);
    }
}
