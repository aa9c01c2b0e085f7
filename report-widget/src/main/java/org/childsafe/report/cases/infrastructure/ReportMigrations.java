package org.childsafe.report.cases.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.childsafe.lti.persistence.MigrationSet;

/**
 * Contributes the report widget's schema to the {@code DatabaseMigrator}: {@value #LOCATION} with its own history
 * table {@value #HISTORY_TABLE}, after the LTI core (order {@value #ORDER}) because it references
 * {@code lti_deployment} and {@code lti_user}. Versions V1..V99 are the intake side's, V100 and later triage's.
 */
@ApplicationScoped
public class ReportMigrations {

    public static final String LOCATION = "classpath:db/migration/report";
    public static final String HISTORY_TABLE = "flyway_history_report";
    public static final int ORDER = 10;

    /** The set, also for persistence tests outside the container. */
    public static final MigrationSet SET = new MigrationSet("report", LOCATION, HISTORY_TABLE, ORDER);

    @Produces
    MigrationSet report() {
        return SET;
    }
}
