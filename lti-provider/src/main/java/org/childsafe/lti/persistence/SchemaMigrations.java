package org.childsafe.lti.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies a list of {@link MigrationSet}s with Flyway, in their order. Plain Java so the same code runs in the
 * container, in persistence tests on H2 and on PostgreSQL, and nothing differs between them.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {
    }

    /** Migrates every set; returns how many migrations were applied in total. */
    public static int migrate(DataSource dataSource, List<MigrationSet> sets, ClassLoader classLoader) {
        int applied = 0;
        for (MigrationSet set : sets.stream().sorted(Comparator.comparingInt(MigrationSet::order)).toList()) {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations(set.location())
                    .table(set.historyTable())
                    // A set after the first finds the schema non-empty (the earlier sets' tables) and no history
                    // table of its own: baseline at version 0 so that its V1 still runs.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            applied += result.migrationsExecuted;
            LOG.info(() -> "Schema '" + set.name() + "' at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " applied now).");
        }
        return applied;
    }
}
