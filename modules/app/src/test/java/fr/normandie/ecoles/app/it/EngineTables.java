package fr.normandie.ecoles.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The test database as the integration tests reach it beside the application (DB_URL, DB_USER, DB_PASSWORD):
 * to bring a project's reminder forward to now instead of waiting weeks, and to make the database refuse
 * reminders for a while, so that a background job fails for real.
 */
final class EngineTables {

    private static final String NO_REMINDERS = "it_no_reminders";

    private EngineTables() {
    }

    static Connection open() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    /** The reminder timer of the project's current step falls due now; answers the timer job's id. */
    static String reminderDueNow(String projectId) throws SQLException {
        try (Connection db = open(); PreparedStatement update = db.prepareStatement("""
                update act_ru_job set duedate_ = now() - interval '1 second'
                 where type_ = 'timer' and handler_cfg_ like '%Reminder%'
                   and process_instance_id_ in (select id_ from act_ru_execution where business_key_ = ?)
                returning id_""")) {
            update.setString(1, projectId);
            try (var updated = update.executeQuery()) {
                if (!updated.next()) {
                    throw new AssertionError("no reminder timer for project " + projectId);
                }
                return updated.getString(1);
            }
        }
    }

    /** From now on the database refuses to record any reminder (a check constraint on the project journal). */
    static void refuseReminders() throws SQLException {
        try (Connection db = open()) {
            db.createStatement().execute("alter table schools.project_event add constraint " + NO_REMINDERS
                    + " check (kind <> 'REMINDER_SENT') not valid");
        }
    }

    static void acceptReminders() throws SQLException {
        try (Connection db = open()) {
            db.createStatement().execute("alter table schools.project_event drop constraint if exists " + NO_REMINDERS);
        }
    }
}
