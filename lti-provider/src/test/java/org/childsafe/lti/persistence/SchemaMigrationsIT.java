package org.childsafe.lti.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.childsafe.lti.registration.domain.Deployment;
import org.childsafe.lti.registration.domain.Registration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SchemaMigrations} from an empty database, on H2 and PostgreSQL: V1 runs unchanged on both, a second run
 * is a no-op, and the entities validate against the result.
 */
class SchemaMigrationsIT {

    /** Every table the LTI migrations create (V1, V3 grades), plus the LTI set's Flyway history. */
    static final List<String> V1_TABLES = List.of(
            "lti_registration", "lti_deployment", "lti_launch_state", "lti_nonce", "tool_key", "lti_user",
            "lti_context", "counselor_designation", "tool_setting", "audit_event", "flyway_history_lti",
            "lti_resource_link", "grade_submission", "lti_session_handoff");

    private final TestPersistence persistence = TestPersistence.ltiCore();

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void migratingAnEmptyDatabaseAppliesV1AndCreatesEveryTable(TestDatabase database) throws SQLException {
        try (TestDatabase.Created empty = database.create("migrates_empty")) {
            assertThat(tables(empty.dataSource())).isEmpty();

            int applied = persistence.migrate(empty.dataSource());

            assertThat(tables(empty.dataSource())).containsExactlyInAnyOrderElementsOf(V1_TABLES);
            assertThat(successfulVersions(empty.dataSource())).startsWith("1").hasSize(applied);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void migratingAgainAppliesNothing(TestDatabase database) throws SQLException {
        try (TestDatabase.Created empty = database.create("migrates_twice")) {
            int first = persistence.migrate(empty.dataSource());

            int second = persistence.migrate(empty.dataSource());

            assertThat(first).isPositive();
            assertThat(second).isZero();
            assertThat(tables(empty.dataSource())).containsExactlyInAnyOrderElementsOf(V1_TABLES);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void entityMappingsValidateAgainstTheMigratedSchema(TestDatabase database) {
        try (TestDatabase.Created empty = database.create("validates")) {
            persistence.migrate(empty.dataSource());

            EntityManagerFactory factory = persistence.createEntityManagerFactory(empty.dataSource());
            try {
                assertThat(factory.getMetamodel().getEntities())
                        .<Class<?>>extracting(type -> type.getJavaType())
                        .contains(Registration.class, Deployment.class);
            } finally {
                factory.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void validationFailsWhenTheSchemaLacksAMappedColumn(TestDatabase database) throws SQLException {
        try (TestDatabase.Created empty = database.create("fails_validation")) {
            persistence.migrate(empty.dataSource());
            execute(empty.dataSource(), "ALTER TABLE lti_deployment DROP COLUMN school_name");

            PersistenceException failure = assertThrows(PersistenceException.class,
                    () -> persistence.createEntityManagerFactory(empty.dataSource()).close());

            assertThat(failure).rootCause().hasMessageContaining("school_name");
        }
    }

    static List<String> tables(DataSource dataSource) throws SQLException {
        return strings(dataSource, """
                SELECT lower(table_name) FROM information_schema.tables
                WHERE table_schema = current_schema AND table_type = 'BASE TABLE'""");
    }

    private static List<String> successfulVersions(DataSource dataSource) throws SQLException {
        return strings(dataSource, """
                SELECT version FROM flyway_history_lti
                WHERE success AND version IS NOT NULL ORDER BY installed_rank""");
    }

    private static List<String> strings(DataSource dataSource, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
