package org.childsafe.lessons.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.childsafe.lti.persistence.MigrationSet;

/**
 * Contributes the lessons schema ({@value #LOCATION}, history table {@value #HISTORY}) to the LTI core's
 * migrator; order 10, after the core whose tables it references.
 */
@ApplicationScoped
class LessonsMigrations {

    static final String LOCATION = "classpath:db/migration/lessons";
    static final String HISTORY = "flyway_history_lessons";

    /** The set, also used by the persistence tests. */
    static final MigrationSet SET = new MigrationSet("lessons", LOCATION, HISTORY, 10);

    @Produces
    MigrationSet lessons() {
        return SET;
    }
}
