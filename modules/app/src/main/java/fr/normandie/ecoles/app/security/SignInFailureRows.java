package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/** The throttle's table, each write in its own short transaction (sign-in runs outside any). */
@ApplicationScoped
class SignInFailureRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The longest any of the subjects is still refused, if one is. */
    Optional<Duration> refusedFor(Collection<String> subjects) {
        return em.createQuery("select f from SignInFailures f where f.subject in :subjects", SignInFailures.class)
                .setParameter("subjects", subjects).getResultStream()
                .flatMap(f -> f.refusedFor(clock.nowUtc()).stream()).max(Duration::compareTo);
    }

    /**
     * Counts a failure against the subject, under its row's lock; a first failure inserts the row, and loses to a
     * node inserting it at the same moment (the caller then counts again, against that row).
     * @return the failures now counted in the window
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int fail(String subject, SignInLimits limits) {
        SignInFailures failures = em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            failures = new SignInFailures(subject, clock.nowUtc());
            em.persist(failures);
        }
        return failures.fail(clock.nowUtc(), limits);
    }

    /** Forgets the failures of a subject (a user name that has just signed in). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void forget(String subject) {
        em.createQuery("delete from SignInFailures f where f.subject = :subject").setParameter("subject", subject)
                .executeUpdate();
    }
}
