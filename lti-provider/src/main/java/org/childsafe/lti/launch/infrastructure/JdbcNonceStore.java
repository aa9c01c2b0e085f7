package org.childsafe.lti.launch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.childsafe.lti.launch.application.NonceStore;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * Nonces already seen, in {@code lti_nonce} with primary key {@code (registration_id, nonce)}: the database
 * decides, so a token replayed to another node of the cluster is refused too (IMS Security Framework §5.1.3
 * step 9). {@code INSERT ... ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode) tells first use
 * from replay without an exception.
 */
@ApplicationScoped
public class JdbcNonceStore implements NonceStore {

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected JdbcNonceStore() {
    }

    /** For tests outside the container: a store on the given data source. */
    JdbcNonceStore(DataSource dataSource) {
        this.fixed = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markUsed(long registrationId, String nonce, Instant expiresAt) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO lti_nonce (registration_id, nonce, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setLong(1, registrationId);
            ps.setString(2, nonce);
            ps.setObject(3, JdbcStateStore.utc(expiresAt));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the nonce.", e);
        }
    }

    /** Deletes nonces whose tokens expired before {@code cutoff}: they can no longer be replayed anyway. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(Instant cutoff) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM lti_nonce WHERE expires_at < ?")) {
            ps.setObject(1, JdbcStateStore.utc(cutoff));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge nonces.", e);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }
}
