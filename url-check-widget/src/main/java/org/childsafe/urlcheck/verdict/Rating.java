package org.childsafe.urlcheck.verdict;

/** The answer a child sees, ordered from mild to severe so that the stricter of two ratings is the larger. */
public enum Rating {
    /** Nothing known against the link for this age band. */
    SAFE,
    /** Be careful: a warning (look-alike, shortener, IP address, category that needs a grown-up). */
    CAUTION,
    /** Do not open: malware, phishing, or a category unsuitable for this age band, or blocked by the school. */
    UNSAFE;

    /** @return the stricter of this and {@code other} */
    public Rating max(Rating other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
