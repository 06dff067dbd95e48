package db.migration.funding;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The envelopes and decisions of a database of the envelope model carried over to the ledger (V3 to V5) on an
 * in-memory H2, as the embedded default migrates: no figure lost, each payment charged to the year it was paid.
 */
class CarryEnvelopesOverTest {

    private static final String URL = "jdbc:h2:mem:carry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private static final UUID DECISION = UUID.randomUUID();

    @BeforeEach
    void anEnvelopeOf2021WithAGrantPaidIn2021And2022() throws SQLException {
        flyway("2").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("insert into funding.envelope values (2021, 1500000, 500000, 400000, 'admin', timestamp '2021-01-04 09:00:00')");
            sql.execute("insert into funding.subsidy_decision (id, project_id, decision, investment_granted,"
                    + " operating_granted, deliberation, decided_by, recorded_at, envelope_year, voted_on, paid)"
                    + " values ('" + DECISION + "', '" + UUID.randomUUID() + "', 'GRANTED', 350000, 150000, 'CP-2021-03-12',"
                    + " 'funding', timestamp '2021-03-15 10:00:00', 2021, date '2021-03-12', 400000)");
            payment(sql, 150_000, "2021-06-01", "MANDAT-1");
            payment(sql, 100_000, "2022-02-01", "MANDAT-2");
            payment(sql, 150_000, "2022-06-01", "MANDAT-3");
        }
    }

    @Test
    void keepsTheYearsTotalAndChargesEachPaymentToTheYearItWasPaidIn() throws SQLException {
        flyway(null).migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            // 2021: investment AE = what was granted in investment; the rest of the 1.5 M€ is operating
            assertThat(budgets(sql)).containsExactly(
                    "2021 INVESTMENT 350000.00 350000.00 350000.00 150000.00",
                    "2021 OPERATING 1150000.00 150000.00 1150000.00 0.00",
                    "2022 INVESTMENT 0.00 0.00 200000.00 200000.00",
                    "2022 OPERATING 0.00 0.00 50000.00 50000.00");
            // one commitment per line granted, the payments on investment first
            assertThat(rows(sql, "select kind, amount, paid from funding.commitment where grant_id = '" + DECISION
                    + "' order by kind")).containsExactly("INVESTMENT 350000.00 350000.00", "OPERATING 150000.00 50000.00");
            assertThat(rows(sql, "select credit_year, kind, amount, reference from funding.credit_payment"
                    + " order by paid_on, kind")).containsExactly("2021 INVESTMENT 150000.00 MANDAT-1",
                    "2022 INVESTMENT 100000.00 MANDAT-2", "2022 INVESTMENT 100000.00 MANDAT-3",
                    "2022 OPERATING 50000.00 MANDAT-3");
            assertThat(rows(sql, "select count(*) from information_schema.tables where table_name = 'ENVELOPE'"))
                    .containsExactly("0");
        }
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(URL, "sa", "").schemas("FUNDING")
                .locations("classpath:db/migration/funding");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void payment(Statement sql, long amount, String on, String reference) throws SQLException {
        sql.execute("insert into funding.payment (id, decision_id, line_no, amount, paid_on, reference, recorded_by,"
                + " recorded_at) values ('" + UUID.randomUUID() + "', '" + DECISION + "', 1, " + amount + ", date '" + on
                + "', '" + reference + "', 'funding', timestamp '" + on + " 12:00:00')");
    }

    private static List<String> budgets(Statement sql) throws SQLException {
        return rows(sql, "select budget_year, kind, commitment_authorisations, committed, payment_credits, paid"
                + " from funding.budget order by budget_year, kind");
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object cell = result.getObject(i);
                    cells.add(cell instanceof BigDecimal amount ? amount.setScale(2).toPlainString() : String.valueOf(cell));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
