package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.DocumentType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a document's type from its bytes, never from its name or the type its sender declares: the
 * PDF, PNG and JPEG signatures; office files as ZIP archives by the entry that names their content
 * ({@code [Content_Types].xml} for Word and Excel, {@code mimetype} for OpenDocument); legacy Word and
 * Excel files as OLE2 compound files by their main stream. Anything else is unknown, macro-enabled
 * office files included. Archives are read with bounded inflation ({@link OfficeArchive}): a decompression
 * bomb is refused early, whatever it claims to be.
 */
final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private ContentSniffer() {
    }

    /** @throws OfficeArchive.ExpandsTooMuchException for an archive that expands beyond the bounds */
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

    /** @throws OfficeArchive.ExpandsTooMuchException for an archive that expands beyond the bounds */
    private static Optional<DocumentType> officeArchive(byte[] content) {
        return OfficeArchive.read(content).flatMap(naming -> naming.mimetype().isPresent()
                ? openDocument(naming.mimetype().get())
                : naming.contentTypes().flatMap(ContentSniffer::officeOpenXml));
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

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
