package org.childsafe.report.triage.domain;

/** What a chronology entry records; the names key the bundle texts {@code triage.event.<NAME>}. */
public enum CaseEventKind {
    ARRIVED,
    STATUS_CHANGED,
    PRIORITY_CHANGED,
    CATEGORIES_CHANGED,
    ASSIGNED,
    NOTE_ADDED,
    REPLIED,
    ESCALATED,
    REFERRAL_STATUS,
    MERGED_INTO,
    MERGED_FROM,
    EXPORTED,
    OVERDUE_ALERT
}
