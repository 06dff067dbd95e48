package db.migration.schools;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Loads the official communes and intercommunalities of Normandie from {@code reference/*.csv}.
 * Repeatable: its checksum is the files' content, so a newer file is loaded at the next start.
 * Rows are inserted or updated; those that left the file stay, marked as no longer current.
 */
public class R__Reference_territory extends BaseJavaMigration {

    private static final String COMMUNES = "reference/normandie-communes.csv";
    private static final String EPCI = "reference/normandie-epci.csv";

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read(COMMUNES));
        crc.update(read(EPCI));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        loadEpci(connection, rows(EPCI));
        loadCommunes(connection, rows(COMMUNES));
    }

    private static void loadEpci(Connection connection, List<List<String>> rows) throws SQLException {
        execute(connection, "update epci set current = false");
        try (PreparedStatement update = connection.prepareStatement(
                "update epci set name = ?, kind = ?, population = ?, departments = ?, current = true where siren = ?");
             PreparedStatement insert = connection.prepareStatement(
                "insert into epci (name, kind, population, departments, current, siren) values (?, ?, ?, ?, true, ?)")) {
            for (List<String> row : rows) { // siren,nom,type,population,departements
                for (PreparedStatement statement : List.of(update, insert)) {
                    statement.setString(1, row.get(1));
                    statement.setString(2, row.get(2));
                    statement.setObject(3, integer(row.get(3)));
                    statement.setString(4, row.get(4));
                    statement.setString(5, row.get(0));
                }
                if (update.executeUpdate() == 0) {
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void loadCommunes(Connection connection, List<List<String>> rows) throws SQLException {
        execute(connection, "update commune set current = false");
        try (PreparedStatement update = connection.prepareStatement(
                "update commune set name = ?, department_code = ?, postal_codes = ?, population = ?,"
                        + " epci_siren = ?, epci_name = ?, current = true where code = ?");
             PreparedStatement insert = connection.prepareStatement(
                "insert into commune (name, department_code, postal_codes, population, epci_siren, epci_name,"
                        + " current, code) values (?, ?, ?, ?, ?, ?, true, ?)")) {
            for (List<String> row : rows) { // code_insee,nom,departement,codes_postaux,population,epci_siren,epci_nom
                for (PreparedStatement statement : List.of(update, insert)) {
                    statement.setString(1, row.get(1));
                    statement.setString(2, row.get(2));
                    statement.setString(3, row.get(3));
                    statement.setObject(4, integer(row.get(4)));
                    statement.setString(5, blankToNull(row.get(5)));
                    statement.setString(6, blankToNull(row.get(6)));
                    statement.setString(7, row.get(0));
                }
                if (update.executeUpdate() == 0) {
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static Integer integer(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** The data rows of a reference file (its header skipped). */
    static List<List<String>> rows(String resource) {
        String[] lines = new String(read(resource), StandardCharsets.UTF_8).split("\r?\n");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(CsvLine.fields(lines[i]));
            }
        }
        return rows;
    }

    private static byte[] read(String resource) {
        try (InputStream in = R__Reference_territory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
