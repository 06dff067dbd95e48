package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.audits.CatalogueConflictException;
import fr.normandie.ecoles.audits.CatalogueDraft;
import fr.normandie.ecoles.audits.CatalogueVersion;
import fr.normandie.ecoles.audits.CriteriaCatalogue;
import fr.normandie.ecoles.schools.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCriteriaCatalogue implements CriteriaCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Override
    public List<CatalogueVersion.Summary> versions() {
        return newestFirst().stream().map(v -> v.toVersion().summary()).toList();
    }

    @Override
    public Optional<CatalogueVersion> version(int number) {
        return Optional.ofNullable(em.find(CatalogueVersionEntity.class, number)).map(CatalogueVersionEntity::toVersion);
    }

    @Override
    public CatalogueVersion current() {
        return newestFirst().stream().findFirst().map(CatalogueVersionEntity::toVersion)
                .orElseThrow(() -> new IllegalStateException("The criteria catalogue has no version"));
    }

    /**
     * Two administrators publishing at once: the second one's insert of the same number fails; reported as a
     * conflict, the exception propagates and the transaction rolls back.
     */
    @Override
    @Transactional
    public CatalogueVersion publish(CatalogueDraft draft, Caller caller) {
        caller.requireAny("Seuls les administrateurs peuvent publier le cahier des charges du label.", Role.ADMIN);
        Inputs.requireValid(validator, draft);
        int next = newestFirst().stream().findFirst().map(v -> v.toVersion().number() + 1).orElse(1);
        CatalogueVersionEntity version = new CatalogueVersionEntity(next, draft, caller.name(), clock.nowUtc());
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException e) {
            throw new CatalogueConflictException();
        }
        return version.toVersion();
    }

    private List<CatalogueVersionEntity> newestFirst() {
        return em.createNamedQuery("CatalogueVersion.newestFirst", CatalogueVersionEntity.class).getResultList();
    }
}
