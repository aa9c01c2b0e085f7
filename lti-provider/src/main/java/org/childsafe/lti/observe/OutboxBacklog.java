package org.childsafe.lti.observe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * What is waiting in an outbox table: how many rows are still to be delivered and when the oldest of them was
 * created. The age is what to alert on: a growing depth can be a busy hour, an old oldest row is a stuck queue.
 *
 * @param depth  rows not yet delivered (pending or retrying), at least 0
 * @param oldest creation time of the oldest of them, {@code null} when there is none
 */
public record OutboxBacklog(long depth, Instant oldest) {

    /** An empty outbox. */
    public static final OutboxBacklog EMPTY = new OutboxBacklog(0, null);

    public OutboxBacklog {
        if (depth < 0) {
            throw new IllegalArgumentException("Depth must not be negative: " + depth);
        }
    }

    /** Seconds since the oldest waiting row was created; 0 when nothing waits (or its clock is ahead of ours). */
    public long ageSeconds(Instant now) {
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).getSeconds());
    }

    /**
     * Reads a backlog with one query that answers {@code COUNT(*)} and {@code MIN(created_at)} in that order, e.g.
     * {@code SELECT COUNT(*), MIN(created_at) FROM grade_submission WHERE state IN ('PENDING', 'RETRYING')}. The
     * SQL is a constant of the calling module (no input reaches it); the {@code state} indexes of the outbox tables
     * keep it cheap.
     *
     * @throws IllegalStateException when the database cannot answer
     */
    public static OutboxBacklog query(DataSource dataSource, String countAndMinCreatedSql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(countAndMinCreatedSql);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return EMPTY;
            }
            long depth = rs.getLong(1);
            OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
            return new OutboxBacklog(depth, oldest == null ? null : oldest.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox backlog query failed: " + e.getSQLState(), e);
        }
    }
}
