package fr.normandie.ecoles.app.persistence;

import fr.normandie.ecoles.kernel.CommittedWrites;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The persistence unit's default entity listener ({@code META-INF/orm-app.xml}): moves {@link CommittedWrites} when an
 * entity of a domain module is written, and again after the transaction that wrote it commits, so that the answers
 * kept by {@code RecentAnswers} (the dashboard's figures, coverage) are dropped as soon as a write of this node is
 * visible (issue 18). The application's own entities (accounts, sign-in failures, saved filters, absences) change no
 * figure and are left out.
 *
 * <p>The commit is watched through a synchronization registered with the transaction while it runs: when an entity is
 * loaded, persisted or removed, which happens in the business code, before the transaction completes. It is never
 * registered from a flush, which may run while the transaction is completing, when registering is not allowed. A
 * write flushed in a transaction that loaded nothing before (none in this application: every change reads its row
 * first) moves the count at the flush only, and the answers' short life bounds what a reader may then see.
 *
 * <p>The bulk updates and deletes (JPQL {@code update}/{@code delete}, native statements through the entity manager),
 * which the funding module uses for its budgets' and commitments' amounts, call no entity listener: {@link BulkWrites}
 * hears them from EclipseLink and tells them here ({@link #bulkWrite}), as the same write.
 */
public class DomainWrites {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final Object KEY = DomainWrites.class;

    private static volatile TransactionSynchronizationRegistry registry;

    /** Whether the transaction wrote a domain entity: then its commit moves the count. */
    private static final class Watch implements Synchronization {
        private volatile boolean wrote;

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (wrote && status == Status.STATUS_COMMITTED) {
                CommittedWrites.moved();
            }
        }
    }

    @PostLoad
    @PrePersist
    @PreRemove
    void watch(Object entity) {
        if (domain(entity.getClass())) {
            watchTransaction();
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void wrote(Object entity) {
        if (domain(entity.getClass())) {
            moved();
        }
    }

    /**
     * A bulk update or delete of a domain entity's table, or a native write, was sent in the current transaction (if
     * any): moves the count now and again at the transaction's commit, as a flushed entity does.
     */
    static void bulkWrite() {
        watchTransaction();
        moved();
    }

    private static void watchTransaction() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getTransactionStatus() != Status.STATUS_ACTIVE
                || transactions.getResource(KEY) != null) {
            return;
        }
        Watch watch = new Watch();
        try {
            transactions.registerInterposedSynchronization(watch);
            transactions.putResource(KEY, watch);
        } catch (IllegalStateException refused) {
            // the transaction is ending: the flush's move and the answers' life bound what a reader may see
        }
    }

    private static void moved() {
        CommittedWrites.moved();
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions != null && transactions.getTransactionKey() != null
                && transactions.getResource(KEY) instanceof Watch watch) {
            watch.wrote = true;
        }
    }

    /** An entity of a domain module: the application's own (accounts, sign-in failures, ...) change no figure. */
    static boolean domain(Class<?> entity) {
        return !entity.getName().startsWith("fr.normandie.ecoles.app.");
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry known = registry;
        if (known == null) {
            try {
                known = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
                registry = known;
            } catch (NamingException | RuntimeException e) {
                return null; // no naming context on this thread: the flush's move and the answers' life bound it
            }
        }
        return known;
    }
}
