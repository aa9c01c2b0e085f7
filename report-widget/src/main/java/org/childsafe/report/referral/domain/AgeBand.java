package org.childsafe.report.referral.domain;

/** The affected child's age band: enough for the network to route the case, never a date of birth. */
public enum AgeBand {
    /** Primary school, about 6 to 10. */
    PRIMARY,
    /** Lower secondary, about 11 to 14. */
    LOWER_SECONDARY,
    /** Upper secondary, about 15 to 17. */
    UPPER_SECONDARY,
    /** The counselor does not know. */
    UNKNOWN
}
