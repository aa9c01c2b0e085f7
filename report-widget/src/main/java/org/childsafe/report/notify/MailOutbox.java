package org.childsafe.report.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * The e-mail outbox ({@code report_mail}) and the counselors' notification addresses
 * ({@code report_counselor_address}), in parameterised SQL for H2 and PostgreSQL. Claiming works as in the
 * referral outbox: a conditional update takes a lease, so two nodes never send the same mail at once.
 */
@ApplicationScoped
public class MailOutbox {

    @Inject
    DatabaseMigrator database;

    @Inject
    Clock clock;

    private DataSource fixed;

    protected MailOutbox() {
    }

    /** For tests outside the container. */
    public MailOutbox(DataSource dataSource, Clock clock) {
        this.fixed = dataSource;
        this.clock = clock;
    }

    /** A mail ready to send: the recipient, the language, and the school's name for the greeting. */
    public record PendingMail(long id, long deploymentPk, MailKind kind, String recipient, String locale,
            String schoolName, int attempts) {
    }

    // Addresses -----------------------------------------------------------------------------------------------------

    /** Sets (or replaces) the address a counselor of a school wants notifications at. */
    @Transactional(TxType.REQUIRED)
    public void saveAddress(long deploymentPk, long userId, String email, String locale) {
        update("DELETE FROM report_counselor_address WHERE deployment_pk = ? AND user_id = ?", deploymentPk, userId);
        update("INSERT INTO report_counselor_address (deployment_pk, user_id, email, locale, updated_at) VALUES (?, ?, ?, ?, ?)",
                deploymentPk, userId, email, locale, utc(clock.instant()));
    }

    /** Stops notifications to a counselor. */
    @Transactional(TxType.REQUIRED)
    public void removeAddress(long deploymentPk, long userId) {
        update("DELETE FROM report_counselor_address WHERE deployment_pk = ? AND user_id = ?", deploymentPk, userId);
    }

    /** The address a counselor gave, if any. */
    @Transactional(TxType.SUPPORTS)
    public java.util.Optional<String> addressOf(long deploymentPk, long userId) {
        List<String> found = strings("SELECT email FROM report_counselor_address WHERE deployment_pk = ? AND user_id = ?",
                deploymentPk, userId);
        return found.stream().findFirst();
    }

    // Outbox --------------------------------------------------------------------------------------------------------

    /**
     * Queues one mail of {@code kind} to every address of a counselor still designated for the school, in the
     * caller's transaction.
     *
     * @return how many mails were queued
     */
    @Transactional(TxType.MANDATORY)
    public int queueForSchool(long deploymentPk, MailKind kind) {
        Instant now = clock.instant();
        return update("INSERT INTO report_mail (deployment_pk, kind, recipient, locale, state, attempts, next_attempt_at,"
                + " created_at) SELECT a.deployment_pk, ?, a.email, a.locale, 'PENDING', 0, ?, ? FROM report_counselor_address a"
                + " WHERE a.deployment_pk = ? AND EXISTS (SELECT 1 FROM counselor_designation d"
                + " WHERE d.deployment_pk = a.deployment_pk AND d.user_id = a.user_id)",
                kind.name(), utc(now), utc(now), deploymentPk);
    }

    /** Claims up to {@code max} due mails for {@code owner}. */
    @Transactional(TxType.NOT_SUPPORTED)
    public List<PendingMail> claimDue(String owner, Duration lease, int max) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM report_mail WHERE state = 'PENDING' AND next_attempt_at <= ?"
                        + " AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?")) {
            ps.setObject(1, utc(now));
            ps.setObject(2, utc(now));
            ps.setInt(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read due mails.", e);
        }
        List<PendingMail> claimed = new ArrayList<>();
        for (long id : ids) {
            int taken = update("UPDATE report_mail SET lease_owner = ?, lease_until = ? WHERE id = ? AND state = 'PENDING'"
                    + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)",
                    owner, utc(now.plus(lease)), id, utc(now), utc(now));
            if (taken == 1) {
                claimed.add(load(id));
            }
        }
        return claimed;
    }

    /** Marks a claimed mail sent. */
    @Transactional(TxType.NOT_SUPPORTED)
    public boolean recordSent(long id, String owner, int attempts) {
        return update("UPDATE report_mail SET state = 'SENT', attempts = ?, sent_at = ?, last_error = NULL, lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND lease_owner = ?", attempts, utc(clock.instant()), id, owner) == 1;
    }

    /** Records a failed attempt: due again at {@code next}, or DEAD. */
    @Transactional(TxType.NOT_SUPPORTED)
    public boolean recordFailed(long id, String owner, int attempts, String error, Instant next, boolean dead) {
        return update("UPDATE report_mail SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?, lease_owner = NULL,"
                + " lease_until = NULL WHERE id = ? AND lease_owner = ?", dead ? "DEAD" : "PENDING", attempts,
                utc(next), error, id, owner) == 1;
    }

    // Retention -----------------------------------------------------------------------------------------------------

    /**
     * Deletes SENT mails sent strictly before {@code cutoff}, inside the caller's transaction.
     *
     * @return how many were deleted
     */
    @Transactional(TxType.MANDATORY)
    public int deleteSentBefore(Instant cutoff) {
        return update("DELETE FROM report_mail WHERE state = 'SENT' AND sent_at < ?", utc(cutoff));
    }

    /**
     * Deletes DEAD mails given up strictly before {@code cutoff} (a DEAD row's {@code next_attempt_at} is the time
     * of its last attempt), inside the caller's transaction. PENDING mails are never deleted.
     *
     * @return how many were deleted
     */
    @Transactional(TxType.MANDATORY)
    public int deleteDeadBefore(Instant cutoff) {
        return update("DELETE FROM report_mail WHERE state = 'DEAD' AND next_attempt_at < ?", utc(cutoff));
    }

    /** How many mails are in a state (for the health of notifications and tests). */
    @Transactional(TxType.SUPPORTS)
    public long count(String state) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM report_mail WHERE state = ?")) {
            ps.setString(1, state);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count mails.", e);
        }
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private PendingMail load(long id) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT m.deployment_pk, m.kind, m.recipient, m.locale, d.school_name, m.attempts FROM report_mail m"
                        + " JOIN lti_deployment d ON d.id = m.deployment_pk WHERE m.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new PendingMail(id, rs.getLong(1), MailKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a claimed mail.", e);
        }
    }

    private List<String> strings(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read notification addresses.", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the mail outbox.", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
