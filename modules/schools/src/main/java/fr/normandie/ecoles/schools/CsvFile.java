package fr.normandie.ecoles.schools;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV the way French spreadsheets open it: UTF-8 with a byte order mark, semicolons, decimal
 * commas, ISO dates. A text cell that a spreadsheet would take for a formula is prefixed with a quote.
 */
final class CsvFile {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvFile() {
    }

    static byte[] write(Table table) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(table.headers().toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvFile::text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        }
        String text = cell.toString();
        return cell instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
