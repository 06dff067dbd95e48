package fr.normandie.ecoles.app.exports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats a table can be downloaded in. */
public enum ExportFormat {

    CSV("csv", "text/csv; charset=UTF-8") {
        @Override
        byte[] write(Table table) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                writer.write('\uFEFF'); // Excel reads UTF-8 only with its byte-order mark
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';')
                        .setHeader(table.headers().toArray(String[]::new)).get());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(ExportFormat::text).toList());
                }
                csv.flush();
            }
            return bytes.toByteArray();
        }
    },

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        byte[] write(Table table) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(bytes, "Ecoles de production", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.title());
            for (int column = 0; column < table.headers().size(); column++) {
                sheet.value(0, column, table.headers().get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < table.rows().size(); row++) {
                List<Object> values = table.rows().get(row);
                for (int column = 0; column < values.size(); column++) {
                    cell(sheet, row + 1, column, values.get(column));
                }
            }
            workbook.finish();
            return bytes.toByteArray();
        }
    };

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public byte[] render(Table table) {
        try {
            return write(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract byte[] write(Table table) throws IOException;

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui" : "non";
        }
        return value.toString();
    }

    private static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("dd/mm/yyyy").set();
        } else {
            sheet.value(row, column, text(value));
        }
    }
}
