package org.childsafe.urlcheck.verdict;

/** School age bands of the product (same as the lessons'): the policy per category depends on it. */
public enum AgeBand {
    /** Primary school, about 6–10. */
    PRIMARY,
    /** Lower secondary, about 11–14. */
    LOWER_SECONDARY,
    /** Upper secondary, about 15–17. */
    UPPER_SECONDARY
}
