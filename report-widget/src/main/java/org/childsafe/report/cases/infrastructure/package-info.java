/**
 * JPA implementations of the case repositories on the suite's {@code childsafe} persistence unit, and the
 * module's Flyway {@link org.childsafe.lti.persistence.MigrationSet} ({@code db/migration/report}). Every query
 * has the school ({@code deploymentPk}) in its where clause, with bound parameters only.
 */
package org.childsafe.report.cases.infrastructure;
