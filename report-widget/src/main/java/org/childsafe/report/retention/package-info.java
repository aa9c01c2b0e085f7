/**
 * Retention: each school's closed cases are deleted a set number of months after closing
 * ({@code report.retention-months}, or the school's override), by a scheduled job that logs and audits every
 * deletion ({@link org.childsafe.report.retention.RetentionService}, {@link org.childsafe.report.retention.RetentionJob}).
 * The same job cleans the outboxes ({@link org.childsafe.report.retention.OutboxRetention}): notification mails
 * that were sent or given up, and the encrypted payload of delivered referrals.
 */
package org.childsafe.report.retention;
