package org.childsafe.lti.launch.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.childsafe.lti.launch.application.StateStore.AlreadyUsed;
import org.childsafe.lti.launch.application.StateStore.Expired;
import org.childsafe.lti.launch.application.StateStore.Found;
import org.childsafe.lti.launch.application.StateStore.Unknown;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The production state and nonce stores, with their exact SQL, on H2 and on PostgreSQL: a state is consumed once,
 * then reported as used; an expired or unknown state is told apart; a nonce is accepted once per registration
 * ({@code INSERT … ON CONFLICT DO NOTHING} must behave the same on both databases).
 */
class JdbcLaunchStoresIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void consumesAStateExactlyOnce(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        JdbcStateStore states = new JdbcStateStore(db.dataSource());
        LaunchState saved = state(registration(db), NOW.plusSeconds(600));
        states.save(saved);

        assertThat(states.consume(saved.state(), NOW)).isEqualTo(new Found(saved));
        assertThat(states.consume(saved.state(), NOW)).isInstanceOf(AlreadyUsed.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void reportsExpiredAndUnknownStates(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        JdbcStateStore states = new JdbcStateStore(db.dataSource());
        LaunchState old = state(registration(db), NOW.minusSeconds(1));
        states.save(old);

        assertThat(states.consume(old.state(), NOW)).isInstanceOf(Expired.class);
        assertThat(states.consume("never-issued", NOW)).isInstanceOf(Unknown.class);
        assertThat(states.purgeExpired(NOW)).isEqualTo(1);
        assertThat(states.consume(old.state(), NOW)).isInstanceOf(Unknown.class);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void keepsThePlatformStorageTargetAndShowsAPendingStateWithoutConsumingIt(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        JdbcStateStore states = new JdbcStateStore(db.dataSource());
        LaunchState saved = new LaunchState(UUID.randomUUID().toString(), UUID.randomUUID().toString(), registration(db),
                "https://tool.example/launch/lessons", "binding-hash", NOW.plusSeconds(600), "post_message_forwarding",
                "iss=https%3A%2F%2Flms.example&login_hint=u");
        states.save(saved);

        assertThat(states.pending(saved.state(), NOW)).contains(saved);
        assertThat(states.pending(saved.state(), NOW)).as("peeking does not consume").contains(saved);
        assertThat(states.pending(saved.state(), NOW.plusSeconds(600))).as("expired").isEmpty();
        assertThat(states.consume(saved.state(), NOW)).isEqualTo(new Found(saved));
        assertThat(states.pending(saved.state(), NOW)).as("consumed").isEmpty();
        assertThat(states.pending("never-issued", NOW)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void acceptsANonceOncePerRegistration(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        JdbcNonceStore nonces = new JdbcNonceStore(db.dataSource());
        String nonce = UUID.randomUUID().toString();

        assertThat(nonces.markUsed(1, nonce, NOW)).isTrue();
        assertThat(nonces.markUsed(1, nonce, NOW)).as("replay").isFalse();
        assertThat(nonces.markUsed(2, nonce, NOW)).as("another registration").isTrue();
        assertThat(nonces.purgeExpired(NOW.plusSeconds(1))).isEqualTo(2);
        assertThat(nonces.markUsed(1, nonce, NOW.plusSeconds(5))).isTrue();
    }

    private static long registration(PersistenceFixture db) {
        return db.fromTransaction(em -> {
            Registration registration = new Registration("https://lms.example/" + UUID.randomUUID(), "client",
                    PlatformEndpoints.of("https://lms.example/auth", "https://lms.example/jwks", null, null),
                    "Test LMS", RegistrationOrigin.MANUAL, NOW);
            em.persist(registration);
            return registration.id();
        });
    }

    private static LaunchState state(long registrationId, Instant expiresAt) {
        return new LaunchState(UUID.randomUUID().toString(), UUID.randomUUID().toString(), registrationId,
                "https://tool.example/launch/lessons", "binding-hash", expiresAt);
    }
}
