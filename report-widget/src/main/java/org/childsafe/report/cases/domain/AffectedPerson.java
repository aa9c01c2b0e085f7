package org.childsafe.report.cases.domain;

/** Who the reported events happened to, as the reporter said. */
public enum AffectedPerson {
    ME,
    FRIEND,
    SOMEONE_ELSE,
    DONT_KNOW
}
