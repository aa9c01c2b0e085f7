/** JPA access to triage records, and the scheduled watch that notices new and overdue cases. */
package org.childsafe.report.triage.infrastructure;
