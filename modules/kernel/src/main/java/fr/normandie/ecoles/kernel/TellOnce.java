package fr.normandie.ecoles.kernel;

import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tells of each thing falling due once, whatever the number of nodes or rounds checking at the same time (issue 15).
 * The module owning the rows marks each one told with a conditional update ({@code ... set due_notice_at = ? where
 * id = ? and due_notice_at is null}) and fires its {@link Notice} only when that update changed the row, all in one
 * transaction: a node that lost the race tells nothing, and a rollback unmarks what it untells. Give the rows in
 * one total order (due date, then id) so that two nodes checking together wait for each other's row locks in the
 * same order instead of deadlocking.
 */
public final class TellOnce {

    private TellOnce() {
    }

    /**
     * Marks the row of {@code table} (a schema-qualified name the module gives, never input) told of at {@code at},
     * unless another node or round did: answers whether this call did.
     */
    public static boolean markTold(EntityManager em, String table, UUID id, LocalDateTime at) {
        return em.createNativeQuery("update " + table + " set due_notice_at = ? where id = ? and due_notice_at is null")
                .setParameter(1, Timestamp.valueOf(at))
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    /**
     * For each row, in order: {@code markTold} (answers whether this call marked it), then, only if it did, tells
     * its notice. Answers how many were told of.
     */
    public static <T> int tellEach(List<T> due, Predicate<? super T> markTold, Function<? super T, Notice> noticeOf,
                                   Consumer<Notice> tell) {
        int told = 0;
        for (T row : due) {
            if (markTold.test(row)) {
                tell.accept(noticeOf.apply(row));
                told++;
            }
        }
        return told;
    }
}
