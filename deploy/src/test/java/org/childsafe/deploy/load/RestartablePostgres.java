package org.childsafe.deploy.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.EmbeddedPostgresSetup;

/**
 * An embedded PostgreSQL 17 that can be stopped and started again on the same data directory and port, as an
 * outage of the database server would look to the application (connections refused, then a server with all
 * committed data). Durability as in production: fsync and synchronous commit stay on. The data directory is
 * removed by {@link #close()}.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path workDir;
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path workDir, int port) {
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
        this.port = port;
    }

    /** Initialises a new cluster under {@code workDir} and starts it on {@code port} (127.0.0.1). */
    static RestartablePostgres start(Path workDir, int port) throws IOException {
        Files.createDirectories(workDir);
        RestartablePostgres postgres = new RestartablePostgres(workDir, port);
        postgres.startAgain();
        return postgres;
    }

    /** Starts the server on the existing data (the first call runs initdb). */
    synchronized void startAgain() throws IOException {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is running.");
        }
        server = EmbeddedPostgresSetup.builder(workDir, dataDir, workDir.resolve("postgres.log").toFile())
                .setPort(port)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setServerConfig("max_connections", "200")
                .start();
    }

    /** Stops the server ({@code pg_ctl stop -m fast}: connections are cut, committed data stays). */
    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The JDBC URL of the {@code postgres} database, which the tool uses here. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Connections as the superuser, for the checks at the end. */
    synchronized DataSource dataSource() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is stopped.");
        }
        return server.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        stop();
        if (Files.exists(dataDir)) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
