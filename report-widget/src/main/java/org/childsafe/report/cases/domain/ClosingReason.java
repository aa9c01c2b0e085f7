package org.childsafe.report.cases.domain;

/** Why a case was {@link CaseStatus#CLOSED closed}. */
public enum ClosingReason {
    /** The school acted and the problem is resolved. */
    RESOLVED,
    /** Looked at; nothing needed to be done. */
    NO_ACTION_NEEDED,
    /** The report was not true. */
    FALSE_REPORT,
    /** Another case covers the same events (merged there). */
    DUPLICATE
}
