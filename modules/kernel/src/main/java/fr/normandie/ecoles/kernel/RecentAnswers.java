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

    private record Kept<V>(V answer, long count, long at) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
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
     * it stale at once).
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        long writes = count.getAsLong();
        long now = nanoTime.getAsLong();
        Kept<V> known = kept.get(key);
        if (known != null && known.count() == writes && now - known.at() < life) {
            return known.answer();
        }
        V answer = compute.apply(key);
        if (life > 0) {
            if (kept.size() >= MOST) {
                kept.clear();
            }
            kept.put(key, new Kept<>(answer, writes, now));
        }
        return answer;
    }
}
