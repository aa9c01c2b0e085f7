package org.childsafe.lti.grades.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.childsafe.lti.grades.application.SyncState;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.domain.Submission;
import org.childsafe.lti.persistence.DatabaseMigrator;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;

/**
 * The grade outbox in {@code grade_submission}, with plain parameterised SQL: the claim must be one conditional
 * {@code UPDATE} whose update count decides the winner, which JPA's entity model would hide.
 *
 * <h2>Transactions</h2>
 * {@link #enqueue} joins the caller's transaction ({@code MANDATORY}): the score is queued exactly when the
 * caller's work commits. The dispatcher's writes ({@link #claim}, {@code mark*}) each commit on their own
 * ({@code REQUIRES_NEW}): a claim must be visible to other instances before the platform is called.
 */
@ApplicationScoped
public class JdbcGradeOutbox implements GradeOutbox {

    static final String COLUMNS = "id, registration_id, deployment_pk, resource_link_id, context_pk, user_id,"
            + " score_given, score_maximum, activity_progress, grading_progress, comment_text, hint_label,"
            + " hint_resource_id, hint_tag, scored_at, state, attempts, next_attempt_at, lease_owner, lease_until,"
            + " error_code, error_detail, line_item_url, superseded_by, created_at, updated_at";

    private static final String OPEN = "state IN ('PENDING', 'RETRYING') AND superseded_by IS NULL";
    private static final String DUE = OPEN + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)";

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected JdbcGradeOutbox() {
    }

    /** For tests outside the container: an outbox on this data source (auto-commit connections). */
    public JdbcGradeOutbox(DataSource dataSource) {
        this.fixed = dataSource;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public long enqueue(NewSubmission s) {
        String sql = "INSERT INTO grade_submission (registration_id, deployment_pk, resource_link_id, context_pk,"
                + " user_id, score_given, score_maximum, activity_progress, grading_progress, comment_text, hint_label,"
                + " hint_resource_id, hint_tag, scored_at, state, attempts, next_attempt_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";
        try (Connection c = dataSource().getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
                ps.setLong(1, s.registrationId());
                ps.setLong(2, s.deploymentPk());
                ps.setString(3, s.resourceLinkId());
                setLong(ps, 4, s.contextPk());
                ps.setLong(5, s.userId());
                ps.setDouble(6, s.scoreGiven());
                ps.setDouble(7, s.scoreMaximum());
                ps.setString(8, s.activityProgress().name());
                ps.setString(9, s.gradingProgress().name());
                ps.setString(10, s.comment());
                ps.setString(11, s.hintLabel());
                ps.setString(12, s.hintResourceId());
                ps.setString(13, s.hintTag());
                ps.setObject(14, utc(s.now()));
                ps.setObject(15, utc(s.now()));
                ps.setObject(16, utc(s.now()));
                ps.setObject(17, utc(s.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE grade_submission SET superseded_by = ?"
                    + " WHERE deployment_pk = ? AND resource_link_id = ? AND user_id = ? AND id < ?"
                    + " AND superseded_by IS NULL AND state IN ('PENDING', 'RETRYING', 'FAILED')")) {
                ps.setLong(1, id);
                ps.setLong(2, s.deploymentPk());
                ps.setString(3, s.resourceLinkId());
                ps.setLong(4, s.userId());
                ps.setLong(5, id);
                ps.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue the grade submission.", e);
        }
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<Submission> find(long id) {
        List<Submission> found = query("SELECT " + COLUMNS + " FROM grade_submission WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<Submission> latest(long deploymentPk, String resourceLinkId, long userId) {
        return query("SELECT " + COLUMNS + " FROM grade_submission WHERE deployment_pk = ? AND resource_link_id = ?"
                + " AND user_id = ? ORDER BY id DESC LIMIT 1", deploymentPk, resourceLinkId, userId)
                .stream().findFirst();
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public List<Submission> latestPerUser(long deploymentPk, String resourceLinkId) {
        return query("SELECT " + COLUMNS + " FROM grade_submission g WHERE g.deployment_pk = ? AND g.resource_link_id = ?"
                + " AND g.id = (SELECT MAX(h.id) FROM grade_submission h WHERE h.deployment_pk = g.deployment_pk"
                + " AND h.resource_link_id = g.resource_link_id AND h.user_id = g.user_id)"
                + " ORDER BY g.created_at, g.id", deploymentPk, resourceLinkId);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public List<Long> due(Instant now, int limit) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM grade_submission WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT ?")) {
            ps.setObject(1, utc(now));
            ps.setObject(2, utc(now));
            ps.setInt(3, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read due grade submissions.", e);
        }
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public boolean claim(long id, String owner, Instant now, Instant leaseUntil) {
        return update("UPDATE grade_submission SET lease_owner = ?, lease_until = ?, attempts = attempts + 1"
                + " WHERE id = ? AND " + DUE, owner, utc(leaseUntil), id, utc(now), utc(now)) == 1;
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void rememberLineItem(long id, String owner, String lineItemUrl) {
        update("UPDATE grade_submission SET line_item_url = ? WHERE id = ? AND lease_owner = ?", lineItemUrl, id, owner);
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public boolean markSent(long id, String owner, Instant now) {
        return update("UPDATE grade_submission SET state = 'SENT', next_attempt_at = NULL, lease_owner = NULL,"
                + " lease_until = NULL, error_code = NULL, error_detail = NULL, updated_at = ?"
                + " WHERE id = ? AND lease_owner = ? AND state IN ('PENDING', 'RETRYING')", utc(now), id, owner) == 1;
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public boolean markRetry(long id, String owner, Instant now, Instant nextAttemptAt, String errorCode,
            String errorDetail) {
        return update("UPDATE grade_submission SET state = 'RETRYING', next_attempt_at = ?, lease_owner = NULL,"
                + " lease_until = NULL, error_code = ?, error_detail = ?, updated_at = ?"
                + " WHERE id = ? AND lease_owner = ? AND state IN ('PENDING', 'RETRYING')",
                utc(nextAttemptAt), errorCode, clip(errorDetail), utc(now), id, owner) == 1;
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public boolean markFailed(long id, String owner, Instant now, String errorCode, String errorDetail) {
        return update("UPDATE grade_submission SET state = 'FAILED', next_attempt_at = NULL, lease_owner = NULL,"
                + " lease_until = NULL, error_code = ?, error_detail = ?, updated_at = ?"
                + " WHERE id = ? AND lease_owner = ? AND state IN ('PENDING', 'RETRYING')",
                errorCode, clip(errorDetail), utc(now), id, owner) == 1;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public boolean requeue(long id, Instant now) {
        return update("UPDATE grade_submission SET state = 'PENDING', next_attempt_at = ?, updated_at = ?"
                + " WHERE id = ? AND state IN ('FAILED', 'RETRYING') AND superseded_by IS NULL",
                utc(now), utc(now), id) == 1;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public int deleteSentBefore(Instant cutoff) {
        return update("DELETE FROM grade_submission WHERE state = 'SENT' AND updated_at < ?", utc(cutoff));
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public int deleteFailedBefore(Instant cutoff) {
        return update("DELETE FROM grade_submission WHERE state = 'FAILED' AND updated_at < ?", utc(cutoff));
    }

    @Override
    public int deleteSupersededBefore(Instant cutoff) {
        return update("DELETE FROM grade_submission WHERE superseded_by IS NOT NULL AND state <> 'SENT' AND updated_at < ?"
                + " AND (lease_until IS NULL OR lease_until < ?)", utc(cutoff), utc(cutoff));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the grade outbox.", e);
        }
    }

    private List<Submission> query(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            List<Submission> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the grade outbox.", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setObject(i + 1, value);
            }
        }
    }

    private static Submission row(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getLong("registration_id"), rs.getLong("deployment_pk"),
                rs.getString("resource_link_id"), longOrNull(rs, "context_pk"), rs.getLong("user_id"),
                rs.getDouble("score_given"), rs.getDouble("score_maximum"),
                ActivityProgress.valueOf(rs.getString("activity_progress")),
                GradingProgress.valueOf(rs.getString("grading_progress")), rs.getString("comment_text"),
                rs.getString("hint_label"), rs.getString("hint_resource_id"), rs.getString("hint_tag"),
                instant(rs, "scored_at"), SyncState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("lease_owner"), instant(rs, "lease_until"),
                rs.getString("error_code"), rs.getString("error_detail"), rs.getString("line_item_url"),
                longOrNull(rs, "superseded_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
