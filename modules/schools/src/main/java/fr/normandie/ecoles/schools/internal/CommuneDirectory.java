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
 * <p>
 * Read at start-up ({@link JpaTerritory#loadReferenceFile()}), and by one caller at a time: when every request of a
 * burst right after a start read the file itself, 32 requests each built 2,700 entities on two cores for more than
 * ten seconds, each holding its transaction's connection, and the others found the pool empty.
 */
@ApplicationScoped
public class CommuneDirectory {

    @PersistenceContext
    EntityManager em;

    private volatile Map<String, Commune> byCode;

    /** The commune of that code, or {@code null} for a code the reference file does not know. */
    Commune get(String code) {
        return communes().get(code);
    }

    /** Reads the reference file unless it has been read; concurrent first callers wait for one reading. */
    Map<String, Commune> communes() {
        Map<String, Commune> communes = byCode;
        if (communes == null) {
            synchronized (this) {
                communes = byCode;
                if (communes == null) {
                    communes = read();
                    byCode = communes;
                }
            }
        }
        return communes;
    }

    /** Read-only: the entities are neither cloned into the transaction's unit of work nor watched for changes. */
    private Map<String, Commune> read() {
        return em.createQuery("select c from CommuneEntity c", CommuneEntity.class)
                .setHint("eclipselink.read-only", true).getResultList().stream()
                .map(CommuneEntity::toCommune).collect(Collectors.toUnmodifiableMap(Commune::code, c -> c));
    }
}
