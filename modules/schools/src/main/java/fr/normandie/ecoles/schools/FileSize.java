package fr.normandie.ecoles.schools;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A size in bytes as French readers write it: « 512 octets », « 12 Ko », « 1,5 Mo ». */
public final class FileSize {

    private static final long KILO = 1024;
    private static final long MEGA = KILO * KILO;

    private FileSize() {
    }

    public static String inFrench(long bytes) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        if (bytes >= MEGA) {
            return format.format((double) bytes / MEGA) + " Mo";
        }
        if (bytes >= KILO) {
            return format.format((double) bytes / KILO) + " Ko";
        }
        return bytes + (bytes > 1 ? " octets" : " octet");
    }
}
