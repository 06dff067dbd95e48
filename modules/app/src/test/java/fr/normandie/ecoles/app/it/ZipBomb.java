package fr.normandie.ecoles.app.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A decompression bomb dressed as an Excel workbook, as an attacker makes one: the content types of a
 * workbook, then sheets of zeros that deflate about a thousand times (8 MB of archive, 8 GiB inflated).
 * Deflating gigabytes takes a minute; a run of zeros deflates to the same bytes block after block once the
 * window is full of zeros, so one block, flushed to a byte boundary, is deflated once and repeated.
 */
final class ZipBomb {

    private static final int BLOCK = 1 << 20;
    /** The largest sheet a ZIP without its 64-bit extension describes: just under 4 GiB. */
    static final int BLOCKS_PER_SHEET = 4095;

    private ZipBomb() {
    }

    /** An archive of {@code sheets} sheets of {@value #BLOCKS_PER_SHEET} MiB of zeros each. */
    static byte[] workbook(int sheets) {
        byte[] sheet = deflatedZeros(BLOCKS_PER_SHEET);
        long size = (long) BLOCKS_PER_SHEET * BLOCK;
        int crc = (int) crcOfZeros(BLOCKS_PER_SHEET);
        Archive archive = new Archive();
        byte[] contentTypes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8);
        CRC32 typesCrc = new CRC32();
        typesCrc.update(contentTypes);
        archive.add("[Content_Types].xml", 0, contentTypes, contentTypes.length, (int) typesCrc.getValue());
        for (int i = 1; i <= sheets; i++) {
            archive.add("xl/worksheets/sheet" + i + ".xml", 8, sheet, size, crc);
        }
        return archive.close();
    }

    /** {@code blocks} MiB of zeros as one raw deflate stream. */
    private static byte[] deflatedZeros(int blocks) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[BLOCK];
        byte[] first = flushed(deflater, zeros);
        byte[] repeated = flushed(deflater, zeros);
        if (!Arrays.equals(repeated, flushed(deflater, zeros))) {
            throw new IllegalStateException("the deflater does not repeat itself over zeros");
        }
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(repeated); // the block deflated to check the repetition
        for (int i = 3; i < blocks; i++) {
            out.writeBytes(repeated);
        }
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] flushed(Deflater deflater, byte[] input) {
        deflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    private static long crcOfZeros(int blocks) {
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[BLOCK];
        for (int i = 0; i < blocks; i++) {
            crc.update(zeros);
        }
        return crc.getValue();
    }

    /** A ZIP archive written entry by entry: local headers and data, then the central directory. */
    private static final class Archive {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        void add(String name, int method, byte[] data, long size, int crc) {
            byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(header(0x04034b50, 30, method, crc, data.length, size, encodedName.length)
                    .array());
            out.writeBytes(encodedName);
            out.writeBytes(data);
            ByteBuffer central = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
            central.putInt(0x02014b50).putShort((short) 20).put(header(0, 30, method, crc, data.length, size,
                    encodedName.length).array(), 4, 26);
            central.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
            directory.writeBytes(central.array());
            directory.writeBytes(encodedName);
            entries++;
        }

        byte[] close() {
            int directoryOffset = out.size();
            out.writeBytes(directory.toByteArray());
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                    .putShort((short) entries).putInt(directory.size()).putInt(directoryOffset).putShort((short) 0);
            out.writeBytes(end.array());
            return out.toByteArray();
        }

        /** A local file header, whose bytes from the fourth on are also the central header's after its versions. */
        private static ByteBuffer header(int signature, int length, int method, int crc, long compressed, long size,
                                         int nameLength) {
            return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN).putInt(signature).putShort((short) 20)
                    .putShort((short) 0).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                    .putInt(crc).putInt((int) compressed).putInt((int) size).putShort((short) nameLength)
                    .putShort((short) 0);
        }
    }
}
