package org.childsafe.report.cases.domain;

/** Who wrote a {@link ReportMessage}. */
public enum MessageAuthor {
    /** The reporter, identified only by the case code and passcode. */
    REPORTER,
    /** A counselor of the school; the message carries their user id, which the reporter never sees. */
    COUNSELOR
}
