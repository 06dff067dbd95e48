package fr.normandie.ecoles.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts and shares written the French way ({@code 350 000,00 €}, {@code 33 %}). The thousands are
 * separated by a no-break space, which the PDF's standard fonts can draw (Java's French locale uses a
 * narrow one they cannot).
 */
final class Euros {

    static final char NO_BREAK_SPACE = '\u00A0';

    private Euros() {
    }

    static String format(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + NO_BREAK_SPACE + "€";
    }

    /** A share such as 0.335 as {@code 33,5 %}. */
    static String percent(BigDecimal share) {
        BigDecimal percent = share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString().replace('.', ',') + NO_BREAK_SPACE + "%";
    }

    /** An amount in cents, as stored. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
