package org.childsafe.report.notify;

/** What a notification says; each kind has a subject and body in the bundle ({@code mail.<kind>.*}). */
public enum MailKind {
    /** "A new report is waiting." */
    NEW_CASE,
    /** "A report has waited longer than its due time." */
    OVERDUE
}
