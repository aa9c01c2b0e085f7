package org.childsafe.urlcheck.school;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.TestPersistence;
import org.childsafe.urlcheck.UrlCheckMigrations;

/**
 * The URL checker's persistence test set-up: the LTI core and the URL checker migrations, as the container applies
 * them, and schools (registration + deployment rows) made with plain SQL.
 */
public final class UrlCheckTestDatabase {

    private static final AtomicInteger SCHOOLS = new AtomicInteger();

    private UrlCheckTestDatabase() {
    }

    /** A {@link TestPersistence} with both migration sets. */
    public static TestPersistence persistence() {
        return TestPersistence.builder().migrations(TestPersistence.LTI_CORE, UrlCheckMigrations.SET).build();
    }

    /** Creates a registration with one deployment (a school) and returns the deployment's key. */
    public static long newSchool(DataSource dataSource) {
        int n = SCHOOLS.incrementAndGet();
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection c = dataSource.getConnection()) {
            long registration;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_registration (issuer, client_id, display_name,"
                    + " auth_url, jwks_url, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'MANUAL', ?, ?)",
                    new String[] {"id"})) {
                ps.setString(1, "https://lms" + n + ".example");
                ps.setString(2, "client-" + n);
                ps.setString(3, "LMS " + n);
                ps.setString(4, "https://lms" + n + ".example/auth");
                ps.setString(5, "https://lms" + n + ".example/jwks");
                ps.setObject(6, now);
                ps.setObject(7, now);
                ps.executeUpdate();
                registration = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lti_deployment (registration_id, deployment_id,"
                    + " school_name, created_at) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
                ps.setLong(1, registration);
                ps.setString(2, "dep-" + n);
                ps.setString(3, "School " + n);
                ps.setObject(4, now);
                ps.executeUpdate();
                return key(ps);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long key(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
