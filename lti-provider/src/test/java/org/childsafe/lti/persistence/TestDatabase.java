package org.childsafe.lti.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the suite supports, each able to hand out a fresh, empty database for one test class: H2 in the
 * mode of the deploy module's default data source, and a real PostgreSQL 17 like production. Persistence tests run on both, so
 * SQL that only one of them accepts fails here and not in a school's LMS.
 *
 * <h2>H2</h2>
 * An in-memory database per call, named after the test and kept until {@link Created#close()}. The URL options
 * are {@value #H2_OPTIONS}, the same as the development data source in the deploy module.
 *
 * <h2>PostgreSQL</h2>
 * One embedded PostgreSQL server per JVM (zonky {@link EmbeddedPostgres}), started on first use and stopped by
 * the shutdown hook zonky registers; it listens on 127.0.0.1 only, with no Unix socket. Each call runs {@code CREATE DATABASE} on it, and {@link Created#close()}
 * drops that database again. Binaries are unpacked and data directories created under
 * {@code ${java.io.tmpdir}/embedded-pg}, which failsafe points at {@code target/}; the output of {@code initdb},
 * {@code pg_ctl} and the server goes to {@code postgres-<pid>.log} there, and a failed start quotes its end.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}). When the JVM is root, zonky
 * starts {@code initdb} and {@code pg_ctl} inside a new user namespace ({@code unshare -U}), where the process
 * is not root, so the tests run unchanged as root on CI; that needs util-linux's {@code unshare} and a kernel
 * that allows user namespaces.
 *
 * @see TestPersistence for migrations and an {@code EntityManagerFactory} on top of a created database
 */
public enum TestDatabase {

    /** H2 in PostgreSQL compatibility mode, in memory. */
    H2 {
        @Override
        public Created create(String testName) {
            String name = uniqueName(testName);
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";" + H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            return new Created(this, name, dataSource, () -> execute(dataSource, "SHUTDOWN"));
        }
    },

    /** PostgreSQL 17, embedded: a new database on a server shared by the JVM. */
    POSTGRES {
        @Override
        public Created create(String testName) {
            String name = uniqueName(testName);
            EmbeddedPostgres server = EmbeddedServer.get();
            DataSource admin = server.getPostgresDatabase();
            execute(admin, "CREATE DATABASE " + name);
            return new Created(this, name, server.getDatabase(EmbeddedServer.SUPERUSER, name),
                    () -> execute(admin, "DROP DATABASE " + name + " WITH (FORCE)"));
        }
    };

    /** H2 URL options shared with the development data source: PostgreSQL syntax, lower-case names. */
    public static final String H2_OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * Creates a new, empty database: no tables, no migrations applied.
     *
     * @param testName a readable prefix for the database name, usually the test class's simple name
     * @return the database; close it to drop it
     */
    public abstract Created create(String testName);

    /**
     * A database made by {@link #create(String)}. Closing it drops the database (PostgreSQL) or shuts it down
     * (H2), so close it once every connection and {@code EntityManagerFactory} on it is closed.
     *
     * @param kind       which kind of database this is
     * @param name       the database name, unique within the JVM
     * @param dataSource connections to this database only
     * @param drop       what {@link #close()} runs
     */
    public record Created(TestDatabase kind, String name, DataSource dataSource, Runnable drop) implements AutoCloseable {

        @Override
        public void close() {
            drop.run();
        }
    }

    /** A lower-case SQL identifier, unique within the JVM, at most 63 characters (PostgreSQL's limit). */
    static String uniqueName(String testName) {
        String prefix = testName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String suffix = "_" + SEQUENCE.incrementAndGet();
        return "t_" + prefix.substring(0, Math.min(prefix.length(), 63 - 2 - suffix.length())) + suffix;
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "'.", e);
        }
    }

    /** The JVM's one embedded PostgreSQL server, started when {@link #POSTGRES} is first used. */
    private static final class EmbeddedServer {

        static final String SUPERUSER = "postgres";

        private static EmbeddedPostgres server;
        private static IllegalStateException failure;

        private EmbeddedServer() {
        }

        /** The running server; a failed start is reported again to every later caller rather than retried. */
        static synchronized EmbeddedPostgres get() {
            if (server == null && failure == null) {
                try {
                    server = start();
                } catch (IllegalStateException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return server;
        }

        private static EmbeddedPostgres start() {
            Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
            long pid = ProcessHandle.current().pid();
            File log = workingDirectory.resolve("postgres-" + pid + ".log").toFile();
            try {
                Files.createDirectories(workingDirectory);
                return EmbeddedPostgresSetup.builder(workingDirectory, workingDirectory.resolve("data-" + pid), log)
                        .setCleanDataDirectory(true)
                        .setRegisterShutdownHook(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL server; the output of initdb "
                        + "and postgres is in " + log + ":" + System.lineSeparator() + tail(log.toPath()), e);
            }
        }

        private static String tail(Path log) {
            try (Stream<String> lines = Files.lines(log)) {
                List<String> all = lines.toList();
                return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - 20), all.size()));
            } catch (IOException | UncheckedIOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }
}
