/**
 * Database plumbing shared by every module: Flyway migrations per module ({@link org.childsafe.lti.persistence.MigrationSet}),
 * applied at start-up, and the readiness check that reports the database and migration state.
 */
package org.childsafe.lti.persistence;
