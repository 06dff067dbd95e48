package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Commune;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every commune of the reference file (current or merged away, about 2,700 in Normandie), read once: the file
 * changes only through a migration, that is with a new version of the application. Spares every project read
 * its query for the communes' names and intercommunalities.
 */
@ApplicationScoped
public class CommuneDirectory {

    @PersistenceContext
    EntityManager em;

    private volatile Map<String, Commune> byCode;

    /** The commune of that code, or {@code null} for a code the reference file does not know. */
    Commune get(String code) {
        Map<String, Commune> communes = byCode;
        if (communes == null) {
            communes = em.createQuery("select c from CommuneEntity c", CommuneEntity.class).getResultStream()
                    .map(CommuneEntity::toCommune).collect(Collectors.toUnmodifiableMap(Commune::code, c -> c));
            byCode = communes;
        }
        return communes.get(code);
    }
}
