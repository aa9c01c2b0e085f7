package org.childsafe.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Contributes the LTI core schema ({@code db/migration/lti}) to the {@link DatabaseMigrator}. */
@ApplicationScoped
class LtiMigrations {

    @Produces
    MigrationSet ltiCore() {
        return new MigrationSet("lti", "classpath:db/migration/lti", "flyway_history_lti", 0);
    }
}
