package org.childsafe.report.cases.domain;

/**
 * Where a case stands in the counselor's work. A new case is always {@link #NEW}; which moves are allowed between
 * the others is decided by the triage state machine, not here. {@link #CLOSED} is the only status with a
 * {@link ClosingReason} (a database check enforces it).
 */
public enum CaseStatus {
    /** Submitted, nobody has looked at it yet. */
    NEW,
    /** A counselor has seen it and told the reporter so. */
    ACKNOWLEDGED,
    /** A counselor is working on it. */
    IN_PROGRESS,
    /** Referred outside the school (national child protection network, police). */
    ESCALATED,
    /** Finished; see the closing reason. Retention deletes closed cases after the school's period. */
    CLOSED
}
