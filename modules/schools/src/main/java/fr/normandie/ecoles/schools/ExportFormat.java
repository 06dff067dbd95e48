package fr.normandie.ecoles.schools;


import java.util.Arrays;
import java.util.Optional;

/** The formats every export is downloaded in (projects, schools, results, coverage, subsidies): CSV (semicolons, decimal commas, UTF-8, as French spreadsheets read it) and XLSX. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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

    /** The table in this format, ready to download. */
    public byte[] render(Table table) {
        return switch (this) {
            case CSV -> CsvFile.write(table);
            case XLSX -> XlsxFile.write(table);
        };
    }

    public static Optional<ExportFormat> ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
    }
}
