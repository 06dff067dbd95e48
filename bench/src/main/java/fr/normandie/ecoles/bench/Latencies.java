package fr.normandie.ecoles.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Latencies recorded per operation from many threads, and their percentiles. */
final class Latencies {

    private final Map<String, Recorder> byOperation = new ConcurrentSkipListMap<>();

    void record(String operation, long nanos) {
        byOperation.computeIfAbsent(operation, o -> new Recorder()).add(nanos);
    }

    Map<String, Recorder> all() {
        return byOperation;
    }

    Recorder of(String operation) {
        return byOperation.getOrDefault(operation, new Recorder());
    }

    /** Every latency of the operations whose name starts with the prefix, as one recorder. */
    Recorder merged(String prefix) {
        Recorder merged = new Recorder();
        byOperation.forEach((name, r) -> {
            if (name.startsWith(prefix)) {
                for (long v : r.values()) {
                    merged.add(v);
                }
            }
        });
        return merged;
    }

    static final class Recorder {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] values() {
            return Arrays.copyOf(values, size);
        }

        int count() {
            return values().length;
        }

        /** The percentile in milliseconds (nearest rank). */
        double percentileMs(double p) {
            long[] sorted = values();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double meanMs() {
            long[] v = values();
            return v.length == 0 ? Double.NaN : Arrays.stream(v).average().orElse(0) / 1e6;
        }
    }
}
