package db.migration.funding;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Carries the envelopes over to the ledger without losing a figure. A year's investment AE is what its grants
 * committed in investment; the rest of its envelope becomes its operating AE (the year's total and what is
 * left to commit are unchanged); CP equal AE. Each granted decision becomes one commitment per line it
 * grants on. Each payment is charged to the CP of the year it was paid in (the envelope charged it to the
 * grant's year), on the investment commitment first, then the operating one (a grant's schedule does not say
 * which line a payment pays); a year with payments and no budget gets one holding exactly those payments.
 * Java, since a fresh id per row is not portable SQL between PostgreSQL and H2.
 */
public class V4__Carry_envelopes_over extends BaseJavaMigration {

    private static final String INVESTMENT = "INVESTMENT";
    private static final String OPERATING = "OPERATING";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        carryEnvelopes(db);
        Map<UUID, Map<String, UUID>> commitments = carryDecisions(db);
        carryPayments(db, commitments);
    }

    private static void carryEnvelopes(Connection db) throws SQLException {
        try (PreparedStatement envelopes = db.prepareStatement("select e.budget_year, e.amount, e.committed, e.opened_by,"
                + " e.opened_at, (select coalesce(sum(d.investment_granted), 0) from funding.subsidy_decision d"
                + " where d.decision = 'GRANTED' and d.envelope_year = e.budget_year) from funding.envelope e");
             ResultSet rows = envelopes.executeQuery()) {
            while (rows.next()) {
                BigDecimal investment = rows.getBigDecimal(6);
                BigDecimal operating = rows.getBigDecimal(2).subtract(investment);
                insertBudget(db, rows.getInt(1), INVESTMENT, investment, investment, investment, BigDecimal.ZERO,
                        rows.getString(4), rows.getTimestamp(5));
                insertBudget(db, rows.getInt(1), OPERATING, operating, rows.getBigDecimal(3).subtract(investment),
                        operating, BigDecimal.ZERO, rows.getString(4), rows.getTimestamp(5));
            }
        }
    }

    private static void insertBudget(Connection db, int year, String kind, BigDecimal authorisations,
                                     BigDecimal committed, BigDecimal credits, BigDecimal paid, String by, Timestamp at)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into funding.budget (budget_year, kind,"
                + " commitment_authorisations, committed, payment_credits, paid, opened_by, opened_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, year);
            insert.setString(2, kind);
            insert.setBigDecimal(3, authorisations);
            insert.setBigDecimal(4, committed);
            insert.setBigDecimal(5, credits);
            insert.setBigDecimal(6, paid);
            insert.setString(7, by);
            insert.setTimestamp(8, at);
            insert.executeUpdate();
        }
    }

    /** @return per decision, its commitments by kind */
    private static Map<UUID, Map<String, UUID>> carryDecisions(Connection db) throws SQLException {
        Map<UUID, Map<String, UUID>> commitments = new LinkedHashMap<>();
        try (PreparedStatement decisions = db.prepareStatement("select id, project_id, envelope_year,"
                + " investment_granted, operating_granted, deliberation, voted_on, decided_by, recorded_at"
                + " from funding.subsidy_decision where decision = 'GRANTED' and envelope_year is not null");
             ResultSet rows = decisions.executeQuery()) {
            while (rows.next()) {
                UUID decision = rows.getObject(1, UUID.class);
                Map<String, UUID> byKind = new LinkedHashMap<>();
                commitments.put(decision, byKind);
                Timestamp recordedAt = rows.getTimestamp(9);
                LocalDate votedOn = rows.getDate(7) == null ? recordedAt.toLocalDateTime().toLocalDate()
                        : rows.getDate(7).toLocalDate();
                String deliberation = rows.getString(6) == null ? "-" : rows.getString(6);
                for (String kind : new String[] {INVESTMENT, OPERATING}) {
                    BigDecimal amount = rows.getBigDecimal(kind.equals(INVESTMENT) ? 4 : 5);
                    if (amount.signum() <= 0) {
                        continue;
                    }
                    UUID id = UUID.randomUUID();
                    byKind.put(kind, id);
                    try (PreparedStatement insert = db.prepareStatement("insert into funding.commitment (id, grant_id,"
                            + " project_id, budget_year, kind, amount, deliberation, voted_on, label, recorded_by,"
                            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setObject(1, id);
                        insert.setObject(2, decision);
                        insert.setObject(3, rows.getObject(2, UUID.class));
                        insert.setInt(4, rows.getInt(3));
                        insert.setString(5, kind);
                        insert.setBigDecimal(6, amount);
                        insert.setString(7, deliberation);
                        insert.setDate(8, Date.valueOf(votedOn));
                        insert.setString(9, kind.equals(INVESTMENT) ? "Investissement" : "Fonctionnement");
                        insert.setString(10, rows.getString(8));
                        insert.setTimestamp(11, recordedAt);
                        insert.executeUpdate();
                    }
                }
            }
        }
        return commitments;
    }

    private static void carryPayments(Connection db, Map<UUID, Map<String, UUID>> commitments) throws SQLException {
        try (PreparedStatement payments = db.prepareStatement("select id, decision_id, amount, paid_on, reference,"
                + " recorded_by, recorded_at from funding.payment order by decision_id, paid_on, recorded_at");
             ResultSet rows = payments.executeQuery()) {
            while (rows.next()) {
                Map<String, UUID> byKind = commitments.getOrDefault(rows.getObject(2, UUID.class), Map.of());
                BigDecimal left = rows.getBigDecimal(3);
                for (Map.Entry<String, UUID> commitment : byKind.entrySet()) {
                    if (left.signum() == 0) {
                        break;
                    }
                    BigDecimal part = left.min(unpaid(db, commitment.getValue()));
                    if (part.signum() > 0) {
                        charge(db, commitment.getValue(), commitment.getKey(), part, rows);
                        left = left.subtract(part);
                    }
                }
            }
        }
    }

    private static BigDecimal unpaid(Connection db, UUID commitment) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select amount - paid from funding.commitment where id = ?")) {
            query.setObject(1, commitment);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private static void charge(Connection db, UUID commitment, String kind, BigDecimal part, ResultSet payment)
            throws SQLException {
        int year = payment.getDate(4).toLocalDate().getYear();
        try (PreparedStatement budget = db.prepareStatement("update funding.budget set paid = paid + ?,"
                + " payment_credits = case when payment_credits < paid + ? then paid + ? else payment_credits end"
                + " where budget_year = ? and kind = ?")) {
            budget.setBigDecimal(1, part);
            budget.setBigDecimal(2, part);
            budget.setBigDecimal(3, part);
            budget.setInt(4, year);
            budget.setString(5, kind);
            if (budget.executeUpdate() == 0) {
                insertBudget(db, year, kind, BigDecimal.ZERO, BigDecimal.ZERO, part, part, payment.getString(6),
                        payment.getTimestamp(7));
            }
        }
        try (PreparedStatement paid = db.prepareStatement("update funding.commitment set paid = paid + ? where id = ?")) {
            paid.setBigDecimal(1, part);
            paid.setObject(2, commitment);
            paid.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into funding.credit_payment (id, commitment_id,"
                + " credit_year, kind, amount, paid_on, reference, payment_id, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, commitment);
            insert.setInt(3, year);
            insert.setString(4, kind);
            insert.setBigDecimal(5, part);
            insert.setDate(6, payment.getDate(4));
            insert.setString(7, payment.getString(5));
            insert.setObject(8, payment.getObject(1, UUID.class));
            insert.setString(9, payment.getString(6));
            insert.setTimestamp(10, payment.getTimestamp(7));
            insert.executeUpdate();
        }
    }
}
