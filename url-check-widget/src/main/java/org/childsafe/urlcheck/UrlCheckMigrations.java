package org.childsafe.urlcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.childsafe.lti.persistence.MigrationSet;

/**
 * Contributes the URL checker's schema ({@code db/migration/urlcheck}: school lists, age policy, aggregate counts,
 * wrong-verdict reports, the feed lease) with its own history table, after the LTI core whose deployments it
 * references.
 */
@ApplicationScoped
public class UrlCheckMigrations {

    /** The set, also used by persistence tests. */
    public static final MigrationSet SET = new MigrationSet("urlcheck", "classpath:db/migration/urlcheck",
            "flyway_history_urlcheck", 10);

    @Produces
    MigrationSet urlcheck() {
        return SET;
    }
}
