package org.childsafe.urlcheck.refresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * The cluster's one feed-refresh lease, row {@code feeds} of {@code urlcheck_feed_lease}.
 *
 * <h2>Protocol</h2>
 * <ol>
 * <li>An instance that thinks a refresh is due {@link #tryAcquire acquires} the lease with one conditional
 * {@code UPDATE} (free, expired, or already its own): the database decides, so exactly one instance refreshes.</li>
 * <li>It builds and validates a snapshot. If the snapshot went live it stores the files it downloaded
 * ({@link FeedCopies}) and {@link #publish publishes}: the {@code generation} goes up by one, the row names the
 * stored download, and the lease is released; otherwise it only {@link #release releases}.</li>
 * <li>Every instance {@link #read reads} the row on each poll; a generation above its own makes it rebuild from the
 * stored download and the local sources, and swap, so the whole cluster follows within one poll interval without
 * downloading anything again.</li>
 * </ol>
 * A holder that dies simply lets its lease expire.
 */
@ApplicationScoped
public class FeedLease {

    /**
     * The row as read.
     *
     * @param downloadId the {@link FeedCopies} download the published generation was built from; {@code null} when
     *                   it was built from local sources only (or published before copies existed)
     */
    public record State(String holder, Instant expiresAt, long generation, Instant publishedAt, String downloadId) {
    }

    private static final String NAME = "feeds";

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected FeedLease() {
    }

    /** For tests outside the container. */
    public FeedLease(DataSource dataSource) {
        this.fixed = dataSource;
    }

    public State read() {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT holder, expires_at, generation, published_at, download_id FROM urlcheck_feed_lease WHERE name = ?")) {
            ps.setString(1, NAME);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The feed lease row is missing; migrations not applied?");
                }
                return new State(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)), rs.getLong(3),
                        instant(rs.getObject(4, OffsetDateTime.class)), rs.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the feed lease.", e);
        }
    }

    /** Takes the lease until {@code until} if it is free, expired or already {@code holder}'s. */
    public boolean tryAcquire(String holder, Instant now, Instant until) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE urlcheck_feed_lease SET holder = ?, expires_at = ? WHERE name = ?"
                        + " AND (holder IS NULL OR expires_at IS NULL OR expires_at < ? OR holder = ?)")) {
            ps.setString(1, holder);
            ps.setObject(2, utc(until));
            ps.setString(3, NAME);
            ps.setObject(4, utc(now));
            ps.setString(5, holder);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the feed lease.", e);
        }
    }

    /** Announces a new snapshot generation built from local sources only; see {@link #publish(String, Instant, String)}. */
    public long publish(String holder, Instant now) {
        return publish(holder, now, null);
    }

    /**
     * Announces a new snapshot generation and releases the lease.
     *
     * @param downloadId the stored download ({@link FeedCopies}) the snapshot was built from, or {@code null}
     * @return the new generation, or -1 if {@code holder} does not hold the lease (nothing changed)
     */
    public long publish(String holder, Instant now, String downloadId) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE urlcheck_feed_lease SET generation = generation + 1, published_at = ?, download_id = ?,"
                        + " holder = NULL, expires_at = NULL WHERE name = ? AND holder = ?")) {
            ps.setObject(1, utc(now));
            ps.setString(2, downloadId);
            ps.setString(3, NAME);
            ps.setString(4, holder);
            return ps.executeUpdate() == 1 ? read().generation() : -1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not publish the feed generation.", e);
        }
    }

    /** Gives the lease back without a new generation (the refresh was refused or failed). */
    public void release(String holder) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE urlcheck_feed_lease SET holder = NULL, expires_at = NULL WHERE name = ? AND holder = ?")) {
            ps.setString(1, NAME);
            ps.setString(2, holder);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the feed lease.", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
