package fr.normandie.ecoles.schools.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries that name an office file's content, read from its ZIP archive with bounded inflation: every
 * entry is inflated (an archive is only accepted whole), but the walk stops at the first entry that expands
 * more than {@value #MAX_RATIO} times its compressed size (past its first {@value #RATIO_GRACE} bytes), once
 * the archive as a whole has expanded to {@value #MAX_TOTAL} bytes, or past {@value #MAX_ENTRIES} entries.
 * A decompression bomb (a few megabytes of zeros inflating to gigabytes) is thus refused after inflating
 * about a megabyte, instead of costing seconds of CPU; an honest office file expands 2 to 20 times.
 */
final class OfficeArchive {

    static final int MAX_RATIO = 100;
    static final long RATIO_GRACE = 1 << 20;
    static final long MAX_TOTAL = 256L << 20;
    static final int MAX_ENTRIES = 10_000;
    /** What an archive may hold to name its content: no more of it is kept. */
    private static final int MAX_NAMING_ENTRY = 1 << 20;
    private static final String OPEN_DOCUMENT_NAMING = "mimetype";
    private static final String OFFICE_OPEN_XML_NAMING = "[Content_Types].xml";

    /**
     * What names the content: OpenDocument's {@code mimetype} when it is the first entry, Office Open XML's
     * {@code [Content_Types].xml}.
     */
    record Naming(Optional<String> mimetype, Optional<String> contentTypes) {
    }

    /** An archive that expands beyond the bounds: a decompression bomb or something that behaves as one. */
    static final class ExpandsTooMuchException extends RuntimeException {
        ExpandsTooMuchException(String why) {
            super(why, null, false, false);
        }
    }

    private OfficeArchive() {
    }

    /**
     * The naming entries of the archive; empty when it is no readable archive.
     *
     * @throws ExpandsTooMuchException when the archive expands beyond the bounds
     */
    static Optional<Naming> read(byte[] content) {
        ByteArrayInputStream compressed = new ByteArrayInputStream(content);
        String mimetype = null;
        String contentTypes = null;
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            ZipEntry entry;
            for (int index = 0; (entry = zip.getNextEntry()) != null; index++) {
                if (index == MAX_ENTRIES) {
                    throw new ExpandsTooMuchException("more than " + MAX_ENTRIES + " entries");
                }
                boolean isMimetype = index == 0 && entry.getName().equals(OPEN_DOCUMENT_NAMING);
                boolean naming = isMimetype || entry.getName().equals(OFFICE_OPEN_XML_NAMING);
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                long entryStart = consumed(compressed, content);
                long inflated = 0;
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    inflated += read;
                    total += read;
                    if (naming && kept.size() < MAX_NAMING_ENTRY) {
                        kept.write(buffer, 0, Math.min(read, MAX_NAMING_ENTRY - kept.size()));
                    }
                    checkBounds(total, inflated, consumed(compressed, content) - entryStart);
                }
                if (isMimetype) {
                    mimetype = kept.toString(StandardCharsets.UTF_8);
                } else if (naming) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
            return Optional.of(new Naming(Optional.ofNullable(mimetype), Optional.ofNullable(contentTypes)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable archive: not an office file
        }
    }

    private static void checkBounds(long total, long inflated, long compressedBytes) {
        if (total > MAX_TOTAL) {
            throw new ExpandsTooMuchException("expands beyond " + MAX_TOTAL + " bytes");
        }
        if (inflated > RATIO_GRACE && inflated > MAX_RATIO * Math.max(1, compressedBytes)) {
            throw new ExpandsTooMuchException("an entry expands more than " + MAX_RATIO + " times");
        }
    }

    /** How much of the archive the inflater has taken so far (ahead of the entry by at most its buffer). */
    private static long consumed(ByteArrayInputStream compressed, byte[] content) {
        return content.length - compressed.available();
    }
}
