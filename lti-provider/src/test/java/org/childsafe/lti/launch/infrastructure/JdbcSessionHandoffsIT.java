package org.childsafe.lti.launch.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hand-over codes of cookie-less launches on H2 and PostgreSQL: the session attributes come back once, never after
 * expiry, never for a made-up code, and only one of two concurrent requests gets them.
 */
class JdbcSessionHandoffsIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void givesTheSessionAttributesBackExactlyOnce(TestDatabase database) {
        JdbcSessionHandoffs handoffs = new JdbcSessionHandoffs(persistence.on(database).dataSource());
        Map<String, Serializable> attributes = attributes();

        String code = handoffs.put(attributes, NOW);

        assertThat(code).matches("[A-Za-z0-9_-]{43}");
        assertThat(handoffs.take(code, NOW.plusSeconds(30))).contains(attributes);
        assertThat(handoffs.take(code, NOW.plusSeconds(31))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void refusesExpiredAndUnknownCodes(TestDatabase database) {
        JdbcSessionHandoffs handoffs = new JdbcSessionHandoffs(persistence.on(database).dataSource());
        String code = handoffs.put(attributes(), NOW);

        assertThat(handoffs.take(code, NOW.plusSeconds(JdbcSessionHandoffs.TTL_SECONDS + 1))).isEmpty();
        assertThat(handoffs.take(code, NOW)).as("an expired code is gone, not kept for later").isEmpty();
        assertThat(handoffs.take("A".repeat(43), NOW)).isEmpty();
        assertThat(handoffs.take("' OR 1=1 --", NOW)).isEmpty();
        assertThat(handoffs.take(null, NOW)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void onlyOneOfTwoConcurrentRequestsGetsTheSession(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        JdbcSessionHandoffs handoffs = new JdbcSessionHandoffs(db.dataSource());
        for (int round = 0; round < 20; round++) {
            String code = handoffs.put(attributes(), NOW);
            CompletableFuture<Optional<Map<String, Serializable>>> first = CompletableFuture.supplyAsync(() -> handoffs.take(code, NOW));
            CompletableFuture<Optional<Map<String, Serializable>>> second = CompletableFuture.supplyAsync(() -> handoffs.take(code, NOW));

            assertThat(first.join().isPresent() ^ second.join().isPresent()).as("round " + round).isTrue();
        }
    }

    @Test
    void refusesToDeserialiseAnythingButTheToolsOwnAndJdkValueTypes() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.HashMap<>(Map.of("x", new javax.management.openmbean.OpenDataException("gadget"))));
        }
        String foreign = Base64.getEncoder().encodeToString(bytes.toByteArray());

        assertThatThrownBy(() -> JdbcSessionHandoffs.deserialise(foreign)).isInstanceOf(IllegalStateException.class);
        assertThat(JdbcSessionHandoffs.deserialise(JdbcSessionHandoffs.serialise(attributes()))).isEqualTo(attributes());
    }

    private static Map<String, Serializable> attributes() {
        Map<String, Serializable> attributes = new LinkedHashMap<>();
        attributes.put("org.childsafe.lti.identity", new LaunchIdentity(1, "https://lms.example", 2, "dep-1", "School", 3L,
                null, 4L, "7A", Set.of(ToolRole.LEARNER), false, "lessons", "link-1", null, NOW));
        attributes.put("org.childsafe.lti.launchLocale", "vi");
        return attributes;
    }
}
