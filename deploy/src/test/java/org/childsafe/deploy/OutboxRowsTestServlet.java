package org.childsafe.deploy;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * A test-only servlet added to the deployed archive by {@link ObservabilityIT}. {@code POST} puts one row that
 * waits into each outbox — grade, referral, e-mail — created 20 minutes ago and due only tomorrow, so no dispatcher
 * touches it while the test runs (the referral and grade rows copy the keys of rows the test created through the
 * real flows). {@code GET} answers what waits in each outbox, counted here with the test's own SQL, as
 * {@code grade=<n> referral=<n> mail=<n>}.
 */
@WebServlet("/test-observe/outbox")
public class OutboxRowsTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DatabaseMigrator database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime created = now.minusMinutes(20);
        OffsetDateTime due = now.plusDays(1);
        try (Connection c = database.dataSource().getConnection()) {
            insert(c, "INSERT INTO grade_submission (registration_id, deployment_pk, resource_link_id, context_pk, user_id,"
                    + " score_given, score_maximum, activity_progress, grading_progress, scored_at, state, attempts,"
                    + " next_attempt_at, created_at, updated_at) SELECT registration_id, deployment_pk, resource_link_id,"
                    + " context_pk, user_id, 1, 100, 'Completed', 'FullyGraded', ?, 'PENDING', 0, ?, ?, ?"
                    + " FROM grade_submission WHERE id = (SELECT MIN(id) FROM grade_submission)", now, due, created, now);
            insert(c, "INSERT INTO report_referral (deployment_pk, case_id, case_reference, idempotency_key, state, attempts,"
                    + " next_attempt_at, kek_id, payload_enc, identity_included, created_at) SELECT deployment_pk, id,"
                    + " 'IT-OBSERVE', 'it-observe-" + System.nanoTime() + "', 'PENDING', 0, ?, 'it', 'x', FALSE, ?"
                    + " FROM report_case WHERE id = (SELECT MIN(id) FROM report_case)", due, created);
            insert(c, "INSERT INTO report_mail (deployment_pk, kind, recipient, locale, state, attempts, next_attempt_at,"
                    + " created_at) SELECT id, 'NEW_CASE', 'nobody@it.invalid', 'vi', 'PENDING', 0, ?, ?"
                    + " FROM lti_deployment WHERE id = (SELECT MIN(id) FROM lti_deployment)", due, created);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(204);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            long grade = count(s, "SELECT COUNT(*) FROM grade_submission WHERE state <> 'SENT' AND state <> 'FAILED'"
                    + " AND superseded_by IS NULL");
            long referral = count(s, "SELECT COUNT(*) FROM report_referral WHERE state NOT IN ('DELIVERED', 'DEAD')");
            long mail = count(s, "SELECT COUNT(*) FROM report_mail WHERE state NOT IN ('SENT', 'DEAD')");
            response.setContentType("text/plain");
            response.getWriter().write("grade=" + grade + " referral=" + referral + " mail=" + mail);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No row to copy for: " + sql);
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
