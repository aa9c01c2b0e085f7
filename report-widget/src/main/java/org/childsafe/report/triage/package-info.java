/**
 * Counselor triage of a school's reports: the queue, the status state machine, priority and due times, assignment,
 * internal notes, the chronology, replies to the reporter, escalation to the national network, merging duplicates,
 * PDF export and statistics. Only designated counselors of the case's school (same deployment) get in. Design:
 * ADR 0012.
 */
package org.childsafe.report.triage;
