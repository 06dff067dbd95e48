package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.kernel.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Dates, amounts and numbers as French readers expect them: 27/11/2026, 27/11/2026 à 14:05,
 * 1 500 000 € (a non-breaking space between thousands). Times are shown in the Region's time zone.
 */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId REGION_ZONE = Clock.REGION;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);
    private static final char NO_BREAK_SPACE = '\u00a0';

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateOf(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(REGION_ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(REGION_ZONE));
    }

    /** The items of a list, comma-separated ("Usinage, Chaudronnerie"); empty for none. */
    public String joined(Collection<?> items) {
        return items == null ? "" : items.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Whole numbers with French digit grouping: 1 500 000. */
    public String number(Number value) {
        return value == null ? "" : grouping("#,##0").format(value);
    }

    /** An amount in euros: 1 500 000 € (cents only when there are some: 1 234,50 €). */
    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        String pattern = whole ? "#,##0" : "#,##0.00";
        return grouping(pattern).format(whole ? amount : amount.setScale(2, RoundingMode.HALF_UP)) + NO_BREAK_SPACE + "€";
    }

    /** A share as a percentage: 0.4 → 40 %, 0.3333 → 33,3 %. */
    public String percent(BigDecimal share) {
        return share == null ? "" : grouping("#,##0.#").format(share.multiply(BigDecimal.valueOf(100)))
                + NO_BREAK_SPACE + "%";
    }

    /** Whole days elapsed since the instant, never negative. */
    public long daysSince(Instant instant) {
        return instant == null ? 0 : Math.max(0, Duration.between(instant, Instant.now()).toDays());
    }

    private static DecimalFormat grouping(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }
}
