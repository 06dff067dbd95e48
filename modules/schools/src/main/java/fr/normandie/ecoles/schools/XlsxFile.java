package fr.normandie.ecoles.schools;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A table as an XLSX spreadsheet: bold headers, amounts as numbers in euros, dates as dates. */
final class XlsxFile {

    /** Euros the French way; no quotes in it, FastExcel writes the format unescaped. */
    static final String AMOUNT_FORMAT = "#,##0.00 [$€-40C]";
    static final String DATE_FORMAT = "dd/mm/yyyy";

    private XlsxFile() {
    }

    static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Ecoles de production", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.name());
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.value(0, c, table.headers().get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, Math.max(12, table.headers().get(c).length() + 4));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    write(sheet, r + 1, c, row.get(c));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int r, int c, Object cell) {
        if (cell instanceof BigDecimal amount) {
            sheet.value(r, c, amount);
            sheet.style(r, c).format(AMOUNT_FORMAT).set();
        } else if (cell instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (cell instanceof Number number) {
            sheet.value(r, c, number);
        } else if (cell != null) {
            sheet.value(r, c, cell.toString());
        }
    }
}
