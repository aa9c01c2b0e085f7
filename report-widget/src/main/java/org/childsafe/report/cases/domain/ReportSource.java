package org.childsafe.report.cases.domain;

/** Where a report came from. Neither value identifies the reporter. */
public enum ReportSource {
    /** The school's public page {@code /p/report/<publicId>}, without an LMS login. */
    PUBLIC_PAGE,
    /** The widget inside the LMS, after an LTI launch. */
    LAUNCH
}
