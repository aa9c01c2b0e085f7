package org.childsafe.lti.persistence;

/**
 * A module's own database migrations: every plug-in module contributes one as a CDI bean, and
 * {@link DatabaseMigrator} applies each set with Flyway before the application serves requests.
 *
 * <p>Each set has its own Flyway history table, so modules version their schema independently and a new
 * module never has to fit its versions between another module's.
 *
 * @param name       short module name, used in logs and the health check (e.g. {@code lti})
 * @param location   classpath location of the SQL files (e.g. {@code classpath:db/migration/lti})
 * @param historyTable Flyway history table of this set (e.g. {@code flyway_history_lti})
 * @param order      lower runs first; the LTI core is 0, plug-ins that reference its tables use 10 or more
 */
public record MigrationSet(String name, String location, String historyTable, int order) {
}
