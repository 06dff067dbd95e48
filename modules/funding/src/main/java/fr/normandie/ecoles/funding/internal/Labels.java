package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.SubsidyDecision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the documents name things in French. */
final class Labels {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private Labels() {
    }

    static String decision(SubsidyDecision decision) {
        return decision == SubsidyDecision.GRANTED ? "Accordée" : "Refusée";
    }

    /** {@code 1er mars 2026}, {@code 12 mars 2026}. */
    static String longDate(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + LONG_DATE.format(date);
    }

    /** {@code 12/03/2026}. */
    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }
}
