package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Envelope;
import fr.normandie.ecoles.funding.EnvelopeDetail;
import fr.normandie.ecoles.funding.EnvelopeForm;
import fr.normandie.ecoles.funding.Envelopes;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.SubsidyDecisions;
import fr.normandie.ecoles.funding.UnknownEnvelopeException;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;

@ApplicationScoped
public class JpaEnvelopes implements Envelopes {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    EnvelopeLedger ledger;

    @Inject
    SubsidyDecisions decisions;

    @Inject
    Validator validator;

    @Override
    public List<Envelope> all() {
        return em.createNamedQuery("EnvelopeEntity.all", EnvelopeEntity.class).getResultList().stream()
                .map(EnvelopeEntity::toEnvelope).toList();
    }

    @Override
    public EnvelopeDetail detail(int year) {
        EnvelopeEntity envelope = em.find(EnvelopeEntity.class, year);
        if (envelope == null) {
            throw new UnknownEnvelopeException(year);
        }
        return EnvelopeDetail.of(envelope.toEnvelope(), decisions.list(null, year));
    }

    @Override
    @Transactional
    public boolean set(int year, EnvelopeForm form, String by) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "L'année budgétaire doit être comprise entre " + FIRST_YEAR
                    + " et " + LAST_YEAR + ".");
        }
        Inputs.requireValid(validator, form);
        if (ledger.resize(year, Euros.cents(form.amount()))) {
            return false;
        }
        EnvelopeEntity existing = em.find(EnvelopeEntity.class, year);
        if (existing != null) {
            em.refresh(existing);
            throw new FundingConflictException("Le montant de l'enveloppe " + year + " ne peut pas descendre sous "
                    + "ce qui y est déjà engagé (" + Euros.format(existing.toEnvelope().committed())
                    + "). Rien n'a été enregistré.");
        }
        em.persist(new EnvelopeEntity(year, form.amount(), by));
        return true;
    }
}
