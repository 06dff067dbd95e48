package fr.normandie.ecoles.app.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.List;
import java.util.logging.Logger;

/**
 * Migrates each module's own schema from its own scripts ({@code db/migration/<module>}), with its own
 * history table. Camunda creates and upgrades its {@code ACT_*} tables itself.
 */
@ApplicationScoped
public class DatabaseMigrations {

    /** The modules owning tables, in dependency order. */
    static final List<String> MODULES = List.of("schools", "audits", "funding", "accounts", "notifications");

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        boolean upperCase = storesUpperCaseIdentifiers();
        for (String module : MODULES) {
            // Flyway quotes the schema name: give it in the case the database folds unquoted names to
            String schema = upperCase ? module.toUpperCase(Locale.ROOT) : module;
            MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
            LOG.info(() -> "Schéma " + module + " : " + result.migrationsExecuted + " migration(s) appliquée(s), version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        }
    }

    /** H2 folds unquoted identifiers to upper case, PostgreSQL to lower case. */
    private boolean storesUpperCaseIdentifiers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().storesUpperCaseIdentifiers();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
