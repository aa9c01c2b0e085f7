package org.childsafe.lti.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two schema guarantees that make single use hold across every instance of a cluster, checked with plain
 * JDBC on H2 and PostgreSQL: the {@code lti_nonce} primary key refuses a replayed id_token nonce, and a
 * conditional update consumes an OIDC {@code state} exactly once. Each statement runs on its own connection, as
 * two instances would.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">IMS Security
 *      Framework 1.0, section 5.1.3: the tool verifies it has not received the nonce before</a>
 */
class ReplayProtectionSchemaIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    static final Instant NOW = Instant.parse("2025-09-01T07:45:00.250Z");

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    static final String CONSUME_STATE = "UPDATE lti_launch_state SET consumed_at = ? WHERE state = ? AND consumed_at IS NULL";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void rejectsTheSameNonceTwiceForOneRegistration(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        String nonce = UUID.randomUUID().toString();
        insertNonce(db, 1, nonce);

        SQLException replay = assertThrows(SQLException.class, () -> insertNonce(db, 1, nonce));

        assertThat(replay.getSQLState()).isEqualTo(UNIQUE_VIOLATION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void acceptsTheSameNonceFromAnotherRegistration(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        String nonce = UUID.randomUUID().toString();
        insertNonce(db, 1, nonce);

        insertNonce(db, 2, nonce);

        assertThat(count(db, "SELECT count(*) FROM lti_nonce WHERE nonce = ?", nonce)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void consumesALaunchStateOnlyOnce(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        String state = UUID.randomUUID().toString();
        insertLaunchState(db, newRegistration(db), state);

        int first = consume(db, state, NOW.plusSeconds(1));
        int second = consume(db, state, NOW.plusSeconds(2));

        assertThat(first).isOne();
        assertThat(second).isZero();
        assertThat(count(db, "SELECT count(*) FROM lti_launch_state WHERE state = ? AND consumed_at IS NOT NULL", state))
                .isOne();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void consumesNothingForAnUnknownState(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);

        assertThat(consume(db, UUID.randomUUID().toString(), NOW)).isZero();
    }

    private static long newRegistration(PersistenceFixture db) {
        PlatformEndpoints endpoints = PlatformEndpoints.of("https://lms.example.edu/auth", "https://lms.example.edu/jwks", "", "");
        return db.fromTransaction(em -> {
            Registration registration = new Registration("https://" + UUID.randomUUID() + ".example.edu", "client",
                    endpoints, "Example District", RegistrationOrigin.MANUAL, NOW);
            em.persist(registration);
            return registration.id();
        });
    }

    private static void insertNonce(PersistenceFixture db, long registrationId, String nonce) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO lti_nonce (registration_id, nonce, expires_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, registrationId);
            insert.setString(2, nonce);
            insert.setObject(3, NOW.plusSeconds(600).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void insertLaunchState(PersistenceFixture db, long registrationId, String state) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO lti_launch_state (state, nonce, registration_id, target_link_uri, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, state);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setLong(3, registrationId);
            insert.setString(4, "https://tool.example.org/lti/launch");
            insert.setObject(5, NOW.atOffset(ZoneOffset.UTC));
            insert.setObject(6, NOW.plusSeconds(300).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static int consume(PersistenceFixture db, String state, Instant at) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(CONSUME_STATE)) {
            update.setObject(1, at.atOffset(ZoneOffset.UTC));
            update.setString(2, state);
            return update.executeUpdate();
        }
    }

    private static long count(PersistenceFixture db, String query, String parameter) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
