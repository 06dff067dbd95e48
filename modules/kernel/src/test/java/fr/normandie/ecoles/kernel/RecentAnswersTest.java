package fr.normandie.ecoles.kernel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RecentAnswersTest {

    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final RecentAnswers<String, Integer> answers =
            new RecentAnswers<>(Duration.ofSeconds(10), writes::get, clock::get);

    private Integer ask(String key) {
        return answers.get(key, k -> computed.incrementAndGet());
    }

    @Test
    void aSecondReadWithinItsLifeAndWithoutWritesIsTheKeptAnswer() {
        assertThat(ask("2026-12-03")).isEqualTo(1);
        clock.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(ask("2026-12-03")).isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    @Test
    void eachKeyHasItsOwnAnswer() {
        assertThat(ask("2026-12-03")).isEqualTo(1);
        assertThat(ask("2021-12-31")).isEqualTo(2);
        assertThat(ask("2026-12-03")).isEqualTo(1);
    }

    @Test
    void aWriteOnThisNodeDropsTheAnswerAtOnce() {
        ask("2026-12-03");
        writes.incrementAndGet();
        assertThat(ask("2026-12-03")).isEqualTo(2);
        assertThat(ask("2026-12-03")).isEqualTo(2);
    }

    @Test
    void anAnswerOlderThanItsLifeIsComputedAgain() {
        ask("2026-12-03");
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(ask("2026-12-03")).isEqualTo(2);
    }

    @Test
    void aWriteDuringTheComputationLeavesTheAnswerStale() {
        Integer first = answers.get("2026-12-03", k -> {
            writes.incrementAndGet(); // a transaction committed while the answer was being read
            return computed.incrementAndGet();
        });
        assertThat(first).isEqualTo(1);
        assertThat(ask("2026-12-03")).isEqualTo(2);
    }

    @Test
    void aZeroLifeKeepsNothing() {
        RecentAnswers<String, Integer> none = new RecentAnswers<>(Duration.ZERO, writes::get, clock::get);
        none.get("x", k -> computed.incrementAndGet());
        none.get("x", k -> computed.incrementAndGet());
        assertThat(computed).hasValue(2);
    }

    @Test
    void manyKeysDoNotGrowWithoutBound() {
        for (int i = 0; i <= RecentAnswers.MOST; i++) {
            ask("day " + i);
        }
        assertThat(ask("day 0")).as("dropped when the keys overflowed").isEqualTo(RecentAnswers.MOST + 2);
    }

    @Test
    void thoseWhoAskDuringAComputationWaitForItsAnswerEvenWhenItOutlastsItsLife() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            Future<Integer> first = readers.submit(() -> answers.get("today", k -> {
                started.countDown();
                await(release);
                clock.addAndGet(Duration.ofSeconds(30).toNanos()); // longer than the answer's life, as under load
                return computed.incrementAndGet();
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(readers.submit(() -> ask("today")));
            }
            Thread.sleep(100); // the seven are waiting on the computation
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            for (Future<Integer> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(computed).as("one computation for the eight readers").hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
