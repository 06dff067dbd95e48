package fr.normandie.ecoles.app.rest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedInputTest {

    private static final long LIMIT = 1000;

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        try (InputStream in = bounded(new byte[(int) LIMIT])) {
            assertThat(in.readAllBytes()).hasSize((int) LIMIT);
        }
    }

    @Test
    void failsAtTheFirstByteBeyondTheLimitWithoutReadingFurther() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 0;
            }
        };
        InputStream in = new BoundedInput(endless, LIMIT, () -> new IllegalStateException("too large"));

        assertThatThrownBy(() -> in.readNBytes(1 << 20)).isInstanceOf(IllegalStateException.class).hasMessage("too large");
        assertThat(served).hasValue(LIMIT + 1);
    }

    @Test
    void countsSingleBytesAndSkipsAlike() throws IOException {
        InputStream in = bounded(new byte[(int) LIMIT + 10]);
        assertThat(in.skip(LIMIT - 1)).isEqualTo(LIMIT - 1);
        assertThat(in.read()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(IllegalStateException.class);
    }

    private static InputStream bounded(byte[] body) {
        return new BoundedInput(new ByteArrayInputStream(body), LIMIT, () -> new IllegalStateException("too large"));
    }
}
