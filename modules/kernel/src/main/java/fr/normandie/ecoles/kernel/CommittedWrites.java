package fr.normandie.ecoles.kernel;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A count of the domain writes of this node, which {@link RecentAnswers} check their answers against (issue 18). The
 * application moves it twice for each transaction that writes an entity: when the write is flushed (inside the
 * transaction) and again once the transaction has committed, so that an answer computed while the write was not yet
 * visible, and kept under the first count, is never served after the commit. One count per deployment (a static:
 * the persistence provider's entity listener that moves it is no CDI bean); other nodes' writes are not counted,
 * the answers' short life bounds how long they go unseen.
 */
public final class CommittedWrites {

    private static final AtomicLong COUNT = new AtomicLong();

    private CommittedWrites() {
    }

    /** The current count: equal counts mean no domain write was flushed or committed in between. */
    public static long count() {
        return COUNT.get();
    }

    /** A domain write was flushed, or a transaction that wrote one committed. */
    public static void moved() {
        COUNT.incrementAndGet();
    }
}
