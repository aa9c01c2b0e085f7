package org.childsafe.lti.launch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.childsafe.lti.launch.application.StateStore;
import org.childsafe.lti.launch.application.StateStore.AlreadyUsed;
import org.childsafe.lti.launch.application.StateStore.ConsumeResult;
import org.childsafe.lti.launch.application.StateStore.Expired;
import org.childsafe.lti.launch.application.StateStore.Found;
import org.childsafe.lti.launch.application.StateStore.Unknown;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * Login states in the database ({@code lti_launch_state}), so any node of a cluster can finish a launch another
 * node started. Consuming is one conditional {@code UPDATE} (single use even under concurrent requests) in its
 * own transaction: a consumed state stays consumed even when the launch then fails.
 */
@ApplicationScoped
public class JdbcStateStore implements StateStore {

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected JdbcStateStore() {
    }

    /** For tests outside the container: a store on the given data source. */
    JdbcStateStore(DataSource dataSource) {
        this.fixed = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(LaunchState state) {
        String sql = "INSERT INTO lti_launch_state (state, nonce, registration_id, target_link_uri, browser_binding, created_at,"
                + " expires_at, storage_target, relaunch_query) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, state.state());
            ps.setString(2, state.nonce());
            ps.setLong(3, state.registrationId());
            ps.setString(4, state.targetLinkUri());
            ps.setString(5, state.browserBinding());
            ps.setObject(6, utc(Instant.now()));
            ps.setObject(7, utc(state.expiresAt()));
            ps.setString(8, state.storageTarget());
            ps.setString(9, state.relaunchQuery());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the login state.", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ConsumeResult consume(String state, Instant now) {
        try (Connection c = dataSource().getConnection()) {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE lti_launch_state SET consumed_at = ?"
                    + " WHERE state = ? AND consumed_at IS NULL AND expires_at > ?")) {
                ps.setObject(1, utc(now));
                ps.setString(2, state);
                ps.setObject(3, utc(now));
                updated = ps.executeUpdate();
            }
            return outcome(c, state, updated == 1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the login state.", e);
        }
    }

    @Override
    public Optional<LaunchState> pending(String state, Instant now) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(SELECT
                + " WHERE state = ? AND consumed_at IS NULL AND expires_at > ?")) {
            ps.setString(1, state);
            ps.setObject(2, utc(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(state, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the login state.", e);
        }
    }

    /** Deletes states that expired before {@code cutoff}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(Instant cutoff) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM lti_launch_state WHERE expires_at < ?")) {
            ps.setObject(1, utc(cutoff));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge login states.", e);
        }
    }

    private static ConsumeResult outcome(Connection c, String state, boolean consumedNow) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE state = ?")) {
            ps.setString(1, state);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Unknown();
                }
                if (!consumedNow) {
                    return rs.getObject(6) != null ? new AlreadyUsed() : new Expired();
                }
                return new Found(read(state, rs));
            }
        }
    }

    private static final String SELECT = "SELECT nonce, registration_id, target_link_uri, browser_binding, expires_at,"
            + " consumed_at, storage_target, relaunch_query FROM lti_launch_state";

    private static LaunchState read(String state, ResultSet rs) throws SQLException {
        return new LaunchState(state, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
