package fr.normandie.ecoles.app;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outer limits of any value a person or a client may send, checked as the request is read (the API's
 * strict reading, the pages' converters), before any rule of a module sees the value. A module's own
 * constraints are narrower (an envelope, a grant, a number of pupils); these exist so that no rule ever
 * computes with an absurd value: {@code 1e999999999} turned into a billion digits by the first addition or
 * formatting, a year +99999 that no export can write back, a count whose sum wraps.
 */
public final class InputBounds {

    /** The largest amount anywhere, in euros: above any regional grant or envelope. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    /** Amounts are in euros and cents. */
    public static final int AMOUNT_DECIMALS = 2;
    /** The first and last year of any date: school events, votes, payments, letters. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    /** The longest text of any field: the longest column (a study's summary) holds 10,000 characters. */
    public static final int MAX_TEXT = 10_000;

    private InputBounds() {
    }

    /**
     * Whether the amount is within ±{@link #MAX_AMOUNT} with cents at most. Cheap whatever the number: only
     * its scale and a comparison are used, never its digits.
     */
    public static boolean isAmount(BigDecimal amount) {
        return amount.abs().compareTo(MAX_AMOUNT) <= 0 && amount.stripTrailingZeros().scale() <= AMOUNT_DECIMALS;
    }

    public static boolean isDate(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }
}
