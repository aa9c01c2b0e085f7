/**
 * Triage rules as plain domain code: which status changes are allowed ({@link
 * org.childsafe.report.triage.domain.TriageStateMachine}), when a first response is due ({@link
 * org.childsafe.report.triage.domain.DuePolicy}), and the triage-side records of a case (triage state, notes,
 * chronology events).
 */
package org.childsafe.report.triage.domain;
