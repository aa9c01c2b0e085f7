/**
 * Retention: each school's closed cases are deleted a set number of months after closing
 * ({@code report.retention-months}, or the school's override), by a scheduled job that logs and audits every
 * deletion ({@link org.childsafe.report.retention.RetentionService}, {@link org.childsafe.report.retention.RetentionJob}).
 */
package org.childsafe.report.retention;
