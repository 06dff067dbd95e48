package fr.normandie.ecoles.app.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body read no further than a limit: the read that would pass it fails with the given exception,
 * so a body whose length was not announced (chunked) is refused after {@code limit} bytes, not at its end.
 */
final class BoundedInput extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> refusal;
    private long read;

    BoundedInput(InputStream in, long limit, Supplier<? extends RuntimeException> refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - read + 1));
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw refusal.get();
        }
    }
}
