package org.childsafe.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date when the application starts, then fires {@link SchemaReady} so that
 * start-up work which needs tables (tool keys, the demo registration) runs only after migrations.
 *
 * <p>If migration fails the application stays up but the readiness check reports DOWN with the reason, so an
 * orchestrator does not route traffic to it and an operator sees why.
 */
@ApplicationScoped
public class DatabaseMigrator {

    /** JNDI name of the one data source, defined by the deployment (see the deploy module). */
    public static final String DATA_SOURCE = "java:global/jdbc/childsafe";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private volatile DataSource dataSource;

    @Inject
    Instance<MigrationSet> migrationSets;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile String failure = "not started";

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            dataSource = InitialContext.doLookup(DATA_SOURCE);
            SchemaMigrations.migrate(dataSource, List.copyOf(migrationSets.stream().toList()),
                    Thread.currentThread().getContextClassLoader());
            failure = null;
        } catch (RuntimeException | NamingException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "Database migration failed; the application is not ready.", e);
            return;
        }
        schemaReady.fire(new SchemaReady());
    }

    /** Empty when migrations completed; otherwise why not. */
    public java.util.Optional<String> failure() {
        return java.util.Optional.ofNullable(failure);
    }

    /** The data source, once looked up at start-up. */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("The data source is not available yet.");
        }
        return dataSource;
    }

    /** Fired once the schema is current; observe it for start-up work that needs tables. */
    public record SchemaReady() {
    }
}
