package org.childsafe.lti.registration.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link JpaRegistrationRepository} and the {@code lti_registration} / {@code lti_deployment} mappings on the
 * Flyway schema, on H2 and PostgreSQL. The tests of a class share one database per kind, so each test registers
 * its own platform issuer.
 */
class JpaRegistrationRepositoryIT {

    @RegisterExtension
    static final TestPersistence persistence = TestPersistence.ltiCore();

    /** Has microseconds and falls in a daylight-saving change of several zones, so any shift would show. */
    static final Instant CREATED = Instant.parse("2025-03-30T01:30:00.123456Z");

    static final PlatformEndpoints ENDPOINTS = PlatformEndpoints.of("https://lms.example.edu/api/lti/authorize_redirect",
            "https://lms.example.edu/api/lti/security/jwks", "https://lms.example.edu/login/oauth2/token", "");

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private static final AtomicInteger PLATFORMS = new AtomicInteger();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void findsARegistrationByExactIssuerAndClientId(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        String issuer = newIssuer();
        db.inTransaction(em -> repository(em).save(registration(issuer, "Client-A")));

        Optional<Registration> found = find(db, issuer, "Client-A");

        assertThat(found).hasValueSatisfying(registration -> {
            assertThat(registration.issuer()).isEqualTo(issuer);
            assertThat(registration.clientId()).isEqualTo("Client-A");
            assertThat(registration.endpoints()).isEqualTo(ENDPOINTS);
            assertThat(registration.origin()).isEqualTo(RegistrationOrigin.MANUAL);
        });
        assertThat(find(db, issuer, "client-a")).isEmpty();
        assertThat(find(db, issuer.replace("lms", "LMS"), "Client-A")).isEmpty();
        assertThat(find(db, issuer + "/", "Client-A")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void findsEveryClientOfOneIssuerAsCanvasRegistersThem(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        String issuer = newIssuer();
        db.inTransaction(em -> repository(em).save(registration(issuer, "10000000000001")));
        db.inTransaction(em -> repository(em).save(registration(issuer, "10000000000002")));

        List<Registration> found = db.fromTransaction(em -> repository(em).findByIssuer(issuer));

        assertThat(found).extracting(Registration::clientId).containsExactly("10000000000001", "10000000000002");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void rejectsASecondRegistrationWithTheSameIssuerAndClientId(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        String issuer = newIssuer();
        db.inTransaction(em -> repository(em).save(registration(issuer, "client")));

        PersistenceException failure = assertThrows(PersistenceException.class,
                () -> db.inTransaction(em -> repository(em).save(registration(issuer, "client"))));

        assertThat(sqlState(failure)).contains(UNIQUE_VIOLATION);
        List<Registration> stored = db.fromTransaction(em -> repository(em).findByIssuer(issuer));
        assertThat(stored).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void storesDeploymentsWithTheirRegistration(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long id = db.fromTransaction(em -> {
            Registration registration = registration(newIssuer(), "client");
            registration.addDeployment("deployment-1", "Lincoln Elementary", CREATED);
            registration.addDeployment("deployment-2", null, CREATED);
            return repository(em).save(registration).id();
        });

        List<String> deployments = db.fromTransaction(em -> repository(em).findById(id).orElseThrow().deployments()
                .stream().map(d -> d.deploymentId() + "|" + d.schoolName()).toList());

        assertThat(deployments).containsExactly("deployment-1|Lincoln Elementary", "deployment-2|null");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void addsADeploymentIdOnlyOnce(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long id = db.fromTransaction(em -> {
            Registration registration = registration(newIssuer(), "client");
            Deployment first = registration.addDeployment("deployment-1", "Lincoln Elementary", CREATED);
            Deployment again = registration.addDeployment("deployment-1", "Another name", CREATED);
            assertThat(again).isSameAs(first);
            return repository(em).save(registration).id();
        });

        assertThat(deploymentRows(db, id, "deployment-1")).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void databaseRejectsADuplicateDeploymentIdOfOneRegistration(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long id = saveWithDeployments(db, "deployment-1");

        SQLException failure = assertThrows(SQLException.class, () -> insertDeployment(db, id, "deployment-1"));

        assertThat(failure.getSQLState()).isEqualTo(UNIQUE_VIOLATION);
        assertThat(deploymentRows(db, id, "deployment-1")).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void findsADeploymentByItsPublicIdAndGivesOlderRowsOneOnFirstUse(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long id = saveWithDeployments(db, "deployment-1");
        insertDeployment(db, id, "from-before-public-ids");
        String publicId = db.fromTransaction(em -> repository(em).findById(id).orElseThrow().deployments().stream()
                .filter(d -> d.deploymentId().equals("deployment-1")).findFirst().orElseThrow().publicId());
        long olderPk = db.fromTransaction(em -> repository(em).findById(id).orElseThrow().deployments().stream()
                .filter(d -> d.deploymentId().equals("from-before-public-ids")).findFirst().orElseThrow().id());

        String assigned = db.fromTransaction(em -> repository(em).findDeployment(olderPk).orElseThrow().publicId());

        Optional<String> byPublicId = db.fromTransaction(em -> repository(em).findDeploymentByPublicId(publicId)
                .map(Deployment::deploymentId));
        Optional<Long> byAssigned = db.fromTransaction(em -> repository(em).findDeploymentByPublicId(assigned)
                .map(Deployment::id));
        Optional<Deployment> unknown = db.fromTransaction(em -> repository(em).findDeploymentByPublicId("no-such-id"));

        assertThat(byPublicId).contains("deployment-1");
        assertThat(byAssigned).contains(olderPk);
        assertThat(assigned).isNotEqualTo(publicId);
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void removingADeploymentDeletesItsRow(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long id = saveWithDeployments(db, "deployment-1", "deployment-2");

        boolean removed = db.fromTransaction(em -> repository(em).findById(id).orElseThrow().removeDeployment("deployment-1"));

        assertThat(removed).isTrue();
        assertThat(deploymentRows(db, id, "deployment-1")).isZero();
        assertThat(deploymentRows(db, id, "deployment-2")).isOne();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void deletingARegistrationDeletesItsDeployments(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        long id = saveWithDeployments(db, "deployment-1", "deployment-2");

        db.inTransaction(em -> {
            JpaRegistrationRepository repository = repository(em);
            repository.delete(repository.findById(id).orElseThrow());
        });

        Optional<Registration> deleted = db.fromTransaction(em -> repository(em).findById(id));
        assertThat(deleted).isEmpty();
        assertThat(deploymentRows(db, id, "deployment-1") + deploymentRows(db, id, "deployment-2")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void secondOfTwoConcurrentUpdatesFailsWithOptimisticLock(TestDatabase database) {
        PersistenceFixture db = persistence.on(database);
        long id = saveWithDeployments(db);
        Instant later = CREATED.plusSeconds(60);
        EntityManager first = db.entityManagerFactory().createEntityManager();
        EntityManager second = db.entityManagerFactory().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(Registration.class, id).update(ENDPOINTS, "Renamed by the first admin", later);
            second.find(Registration.class, id).update(ENDPOINTS, "Renamed by the second admin", later);
            first.getTransaction().commit();

            RollbackException failure = assertThrows(RollbackException.class, () -> second.getTransaction().commit());

            assertThat(failure).hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            close(first);
            close(second);
        }
        String stored = db.fromTransaction(em -> repository(em).findById(id).orElseThrow().displayName());
        assertThat(stored).isEqualTo("Renamed by the first admin");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void timestampsRoundTripInUtcToTheMicrosecond(TestDatabase database) throws SQLException {
        PersistenceFixture db = persistence.on(database);
        Instant updated = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = db.fromTransaction(em -> {
            Registration registration = registration(newIssuer(), "client");
            registration.addDeployment("deployment-1", null, CREATED.plusNanos(1_000));
            registration.update(ENDPOINTS, "Renamed", updated);
            return repository(em).save(registration).id();
        });

        List<Instant> loaded = db.fromTransaction(em -> {
            Registration registration = repository(em).findById(id).orElseThrow();
            return List.of(registration.createdAt(), registration.updatedAt(), registration.deployments().get(0).createdAt());
        });

        assertThat(loaded).containsExactly(CREATED, updated, CREATED.plusNanos(1_000));
        assertThat(storedInstants(db, id)).containsExactly(CREATED, updated);
    }

    private static JpaRegistrationRepository repository(EntityManager em) {
        return new JpaRegistrationRepository(em);
    }

    private static Optional<Registration> find(PersistenceFixture db, String issuer, String clientId) {
        return db.fromTransaction(em -> repository(em).findByIssuerAndClientId(issuer, clientId));
    }

    private static String newIssuer() {
        return "https://lms-" + PLATFORMS.incrementAndGet() + ".example.edu";
    }

    private static Registration registration(String issuer, String clientId) {
        return new Registration(issuer, clientId, ENDPOINTS, "Example District", RegistrationOrigin.MANUAL, CREATED);
    }

    private static long saveWithDeployments(PersistenceFixture db, String... deploymentIds) {
        return db.fromTransaction(em -> {
            Registration registration = registration(newIssuer(), "client");
            for (String deploymentId : deploymentIds) {
                registration.addDeployment(deploymentId, null, CREATED);
            }
            return repository(em).save(registration).id();
        });
    }

    private static Optional<String> sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.ofNullable(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static void insertDeployment(PersistenceFixture db, long registrationId, String deploymentId) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO lti_deployment (registration_id, deployment_id, created_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, registrationId);
            insert.setString(2, deploymentId);
            insert.setObject(3, CREATED.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static long deploymentRows(PersistenceFixture db, long registrationId, String deploymentId) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM lti_deployment WHERE registration_id = ? AND deployment_id = ?")) {
            count.setLong(1, registrationId);
            count.setString(2, deploymentId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** {@code created_at} and {@code updated_at} as JDBC reads them, without Hibernate's time zone handling. */
    private static List<Instant> storedInstants(PersistenceFixture db, long registrationId) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT created_at, updated_at FROM lti_registration WHERE id = ?")) {
            select.setLong(1, registrationId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return List.of(rows.getObject(1, OffsetDateTime.class).toInstant(),
                        rows.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
    }

    private static void close(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }
}
