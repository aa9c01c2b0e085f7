package org.childsafe.lti.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Path;

/**
 * The one way the suite configures an embedded PostgreSQL server (zonky {@link EmbeddedPostgres}): binaries under
 * a working directory the caller names, a fixed data directory, the C locale (the same sort order on every machine),
 * no Unix socket (127.0.0.1 only) and the output of {@code initdb}, {@code pg_ctl} and the server appended to one
 * log file. {@link TestDatabase} adds test speed settings (no fsync) on top; the deploy module's load and fault
 * script uses it as it is, with a fixed port and {@code setCleanDataDirectory(false)}, so that it can stop the
 * server and start it again on the same data, as an outage would.
 */
public final class EmbeddedPostgresSetup {

    private EmbeddedPostgresSetup() {
    }

    /**
     * A builder with the shared settings; the caller chooses port, clean-up and durability settings.
     *
     * @param workingDirectory where zonky unpacks the PostgreSQL binaries
     * @param dataDirectory    the cluster's data directory
     * @param log              file the server's output is appended to
     * @return the builder, not started
     */
    public static EmbeddedPostgres.Builder builder(Path workingDirectory, Path dataDirectory, File log) {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setDataDirectory(dataDirectory)
                .setLocaleConfig("locale", "C")
                .setServerConfig("unix_socket_directories", "")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
    }
}
