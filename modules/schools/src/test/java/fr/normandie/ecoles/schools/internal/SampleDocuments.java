package fr.normandie.ecoles.schools.internal;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real files of each kind, built in memory, and the disguised files a document check must refuse. */
final class SampleDocuments {

    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private SampleDocuments() {
    }

    static byte[] pdf() {
        return ascii("""
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """);
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] docx() {
        return officeOpenXml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    static byte[] xlsx() {
        return officeOpenXml("xl/workbook.xml", EXCEL_MAIN);
    }

    /**
     * A decompression bomb dressed as a workbook: the content types of an Excel file, then a sheet of
     * {@code zeros} zero bytes, which deflate about a thousand times.
     */
    static byte[] spreadsheetBomb(int zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes("xl/workbook.xml", EXCEL_MAIN).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[1 << 20];
            for (int written = 0; written < zeros; written += block.length) {
                zip.write(block, 0, Math.min(block.length, zeros - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An archive of {@code count} empty entries. */
    static byte[] zipOfEmptyEntries(int count) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("e" + i, "");
        }
        return zip(entries, false);
    }

    /** A workbook whose sheet holds about {@code size} bytes of figures, as a real one compresses them. */
    static byte[] xlsxWithSheetOf(int size) {
        Random random = new Random(42);
        StringBuilder sheet = new StringBuilder(size + 100).append("<sheetData>");
        for (int row = 1; sheet.length() < size; row++) {
            sheet.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\"><v>")
                    .append(random.nextInt(1_000_000)).append('.').append(random.nextInt(100)).append("</v></c></row>");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("xl/workbook.xml", EXCEL_MAIN));
        entries.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook/>");
        entries.put("xl/worksheets/sheet1.xml", sheet.append("</sheetData>").toString());
        return zip(entries, false);
    }

    /** A Word document with macros: its main part is not the one of a plain document. */
    static byte[] docm() {
        return officeOpenXml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text");
    }

    static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet");
    }

    /** A ZIP archive that is no office file. */
    static byte[] zip() {
        return zip(Map.of("readme.txt", "bonjour"), false);
    }

    static byte[] doc() {
        return compoundFile("WordDocument");
    }

    static byte[] xls() {
        return compoundFile("Workbook");
    }

    /** An OLE2 compound file that is neither Word nor Excel (an installer, an Outlook message...). */
    static byte[] otherCompoundFile() {
        return compoundFile("SummaryInformation");
    }

    static byte[] text() {
        return "Compte rendu de la réunion du 12 mars : le porteur confirme son engagement.\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Linux executable. */
    static byte[] elf() {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        return elf;
    }

    /** The start of a Windows executable. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1F6FB2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] officeOpenXml(String mainPart, String mainContentType) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes(mainPart, mainContentType));
        entries.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
                </Relationships>
                """.formatted(mainPart));
        entries.put(mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><document/>");
        return zip(entries, false);
    }

    private static String contentTypes(String mainPart, String mainContentType) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/%s" ContentType="%s"/>
                </Types>
                """.formatted(mainPart, mainContentType);
    }

    private static byte[] openDocument(String mimetype) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype);
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest/>");
        entries.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content/>");
        return zip(entries, true);
    }

    /** An archive; OpenDocument stores its first entry, {@code mimetype}, uncompressed. */
    private static byte[] zip(Map<String, String> entries, boolean firstStored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] content = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A minimal OLE2 compound file (MS-CFB version 3, 512-byte sectors): the header, one allocation-table
     * sector, one directory sector holding the root entry and one stream of the given name.
     */
    private static byte[] compoundFile(String streamName) {
        ByteBuffer file = ByteBuffer.allocate(512 * 3).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(24, (short) 0x3E).putShort(26, (short) 3).putShort(28, (short) 0xFFFE)
                .putShort(30, (short) 9).putShort(32, (short) 6)
                .putInt(44, 1)            // one allocation-table sector
                .putInt(48, 1)            // the directory starts at sector 1
                .putInt(56, 4096)
                .putInt(60, -2).putInt(68, -2);
        for (int i = 0; i < 109; i++) {
            file.putInt(76 + 4 * i, i == 0 ? 0 : -1);
        }
        int fat = 512;
        for (int i = 0; i < 128; i++) {
            file.putInt(fat + 4 * i, i == 0 ? -3 : i == 1 ? -2 : -1);
        }
        int directory = 1024;
        directoryEntry(file, directory, "Root Entry", 5);
        directoryEntry(file, directory + 128, streamName, 2);
        return file.array();
    }

    private static void directoryEntry(ByteBuffer file, int at, String name, int type) {
        byte[] encoded = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(at, Arrays.copyOf(encoded, encoded.length + 2));
        file.putShort(at + 64, (short) (encoded.length + 2));
        file.put(at + 66, (byte) type);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
