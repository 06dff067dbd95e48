package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.DocumentType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a document's type from its bytes, never from its name or the type its sender declares: the
 * PDF, PNG and JPEG signatures; office files as ZIP archives by the entry that names their content
 * ({@code [Content_Types].xml} for Word and Excel, {@code mimetype} for OpenDocument); legacy Word and
 * Excel files as OLE2 compound files by their main stream. Anything else is unknown, macro-enabled
 * office files included.
 */
final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** What the archive may hold to name its content: read no more of it than this. */
    private static final int MAX_NAMING_ENTRY = 1 << 20;
    /** An office file lists its content types within its first entries; a longer search is a forged archive. */
    private static final int MAX_ENTRIES_SEARCHED = 1000;

    private ContentSniffer() {
    }

    static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return officeArchive(content);
        }
        if (CompoundFile.isOne(content)) {
            return legacyOffice(CompoundFile.entryNames(content));
        }
        return Optional.empty();
    }

    private static Optional<DocumentType> officeArchive(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int searched = 0; searched < MAX_ENTRIES_SEARCHED && (entry = zip.getNextEntry()) != null; searched++) {
                if (searched == 0 && entry.getName().equals("mimetype")) {
                    return openDocument(text(zip));
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    return officeOpenXml(text(zip));
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable archive: not an office file
        }
    }

    private static Optional<DocumentType> openDocument(String mimetype) {
        return switch (mimetype.strip()) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(DocumentType.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(DocumentType.ODS);
            default -> Optional.empty();
        };
    }

    private static Optional<DocumentType> officeOpenXml(String contentTypes) {
        if (contentTypes.contains("\"" + WORD_MAIN + "\"")) {
            return Optional.of(DocumentType.DOCX);
        }
        if (contentTypes.contains("\"" + EXCEL_MAIN + "\"")) {
            return Optional.of(DocumentType.XLSX);
        }
        return Optional.empty();
    }

    private static Optional<DocumentType> legacyOffice(Set<String> streams) {
        if (streams.contains("WordDocument")) {
            return Optional.of(DocumentType.DOC);
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return Optional.of(DocumentType.XLS);
        }
        return Optional.empty();
    }

    private static String text(ZipInputStream entry) throws IOException {
        return new String(entry.readNBytes(MAX_NAMING_ENTRY), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
