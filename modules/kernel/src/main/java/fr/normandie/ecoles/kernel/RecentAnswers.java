package fr.normandie.ecoles.kernel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers of a costly read kept for a short life, by key, and dropped as soon as this node writes anything of the
 * domain ({@link CommittedWrites}): a figure is never older than a change made on this node, and never older than its
 * life for a change made on another node. For reads whose answer is the same for every caller (authorization is
 * checked before asking) and whose key holds everything the answer depends on (the day it is asked for, and today's
 * date when it matters). The answers kept must be immutable. A zero life keeps nothing.
 *
 * @param <K> what the answer depends on
 * @param <V> the answer
 */
public final class RecentAnswers<K, V> {

    /** Beyond this many keys (days asked for), every answer is dropped: the dashboard's dates are few in practice. */
    static final int MOST = 64;

    /** An answer, the write count read before computing it, and when its computation began and ended. */
    private record Kept<V>(V answer, long count, long at, long stored) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** One computation at a time per key: those who ask meanwhile wait for it instead of computing it again. */
    private final Map<K, Object> computing = new ConcurrentHashMap<>();
    private final long life;
    private final LongSupplier count;
    private final LongSupplier nanoTime;

    public RecentAnswers(Duration life) {
        this(life, CommittedWrites::count, System::nanoTime);
    }

    RecentAnswers(Duration life, LongSupplier count, LongSupplier nanoTime) {
        this.life = life.toNanos();
        this.count = count;
        this.nanoTime = nanoTime;
    }

    /**
     * The answer kept for the key if no domain write happened since it was computed and it is younger than its life;
     * otherwise computes it and keeps it under the count read before computing (a write during the computation makes
     * it stale at once). One computation at a time per key: who asks while it runs waits and takes its answer (when
     * many readers find an answer expired at once, they would otherwise all compute it again, and under load each
     * computation would outlast the answer's life: every read a miss).
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (life <= 0) {
            return compute.apply(key);
        }
        long asked = nanoTime.getAsLong();
        Kept<V> known = kept.get(key);
        if (fresh(known, asked)) {
            return known.answer();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            known = kept.get(key);
            if (fresh(known, asked) || known != null && known.stored() >= asked && known.count() == count.getAsLong()) {
                return known.answer();
            }
            long writes = count.getAsLong();
            long start = nanoTime.getAsLong();
            V answer = compute.apply(key);
            if (kept.size() >= MOST) {
                kept.clear();
            }
            kept.put(key, new Kept<>(answer, writes, start, nanoTime.getAsLong()));
            return answer;
        }
    }

    /** Computed since this node's last domain write, and younger than its life. */
    private boolean fresh(Kept<V> known, long now) {
        return known != null && known.count() == count.getAsLong() && now - known.at() < life;
    }
}
