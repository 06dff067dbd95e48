package fr.normandie.ecoles.schools.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the directory of an OLE2 compound file (the container of Word 97-2003 and Excel 97-2003 files,
 * MS-CFB) far enough to list the names of its streams and storages. Every sector number is checked and
 * every chain bounded: a forged file yields fewer names, never a loop or an exception.
 */
final class CompoundFile {

    private static final byte[] SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int HEADER_SIZE = 512;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int DIRECTORY_ENTRY_SIZE = 128;
    private static final int END_OF_CHAIN = -2;

    private final ByteBuffer bytes;
    private final int sectorSize;
    private final int sectorCount;

    private CompoundFile(byte[] content, int sectorSize) {
        this.bytes = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        this.sectorSize = sectorSize;
        this.sectorCount = content.length / sectorSize - 1; // the header takes the first sector's place
    }

    static boolean isOne(byte[] content) {
        if (content.length < HEADER_SIZE) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (content[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** The names of the streams and storages of the file; empty when its structure cannot be followed. */
    static Set<String> entryNames(byte[] content) {
        if (!isOne(content)) {
            return Set.of();
        }
        int sectorShift = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).getShort(30);
        if (sectorShift != 9 && sectorShift != 12) {
            return Set.of();
        }
        return new CompoundFile(content, 1 << sectorShift).directoryNames();
    }

    private Set<String> directoryNames() {
        List<Integer> fatSectors = fatSectors();
        Set<String> names = new HashSet<>();
        int sector = bytes.getInt(48);
        for (int visited = 0; isSector(sector) && visited < sectorCount; visited++) {
            int start = offset(sector);
            for (int entry = start; entry + DIRECTORY_ENTRY_SIZE <= start + sectorSize; entry += DIRECTORY_ENTRY_SIZE) {
                nameAt(entry).ifPresent(names::add);
            }
            sector = next(fatSectors, sector);
        }
        return names;
    }

    /** The sectors holding the allocation table: 109 listed in the header, the rest in a chain of DIFAT sectors. */
    private List<Integer> fatSectors() {
        List<Integer> fat = new ArrayList<>();
        for (int i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
            int sector = bytes.getInt(76 + 4 * i);
            if (isSector(sector)) {
                fat.add(sector);
            }
        }
        int difat = bytes.getInt(68);
        int perDifatSector = sectorSize / 4 - 1;
        for (int visited = 0; isSector(difat) && visited < sectorCount; visited++) {
            int start = offset(difat);
            for (int i = 0; i < perDifatSector; i++) {
                int sector = bytes.getInt(start + 4 * i);
                if (isSector(sector)) {
                    fat.add(sector);
                }
            }
            difat = bytes.getInt(start + 4 * perDifatSector);
        }
        return fat;
    }

    private int next(List<Integer> fatSectors, int sector) {
        int perFatSector = sectorSize / 4;
        int fatIndex = sector / perFatSector;
        if (fatIndex >= fatSectors.size()) {
            return END_OF_CHAIN;
        }
        return bytes.getInt(offset(fatSectors.get(fatIndex)) + 4 * (sector % perFatSector));
    }

    /** A stream (2) or storage (1) entry's name; unused entries and the root have none worth reading. */
    private Optional<String> nameAt(int entry) {
        int type = bytes.get(entry + 66);
        int length = bytes.getShort(entry + 64);
        if ((type != 1 && type != 2) || length < 2 || length > 64) {
            return Optional.empty();
        }
        byte[] name = new byte[length - 2]; // without the terminating null character
        bytes.get(entry, name);
        return Optional.of(new String(name, StandardCharsets.UTF_16LE));
    }

    private boolean isSector(int sector) {
        return sector >= 0 && sector < sectorCount;
    }

    private int offset(int sector) {
        return (sector + 1) * sectorSize;
    }
}
