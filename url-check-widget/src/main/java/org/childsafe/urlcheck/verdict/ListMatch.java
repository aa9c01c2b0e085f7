package org.childsafe.urlcheck.verdict;

import java.util.Objects;

/**
 * A school list entry that matched.
 *
 * @param kind  allow or block
 * @param entry the entry as the school wrote it (domain or URL prefix)
 */
public record ListMatch(Kind kind, String entry) {

    /** Which list matched. */
    public enum Kind {
        /** The school allows it: beats every feed. */
        ALLOW,
        /** The school blocks it: UNSAFE. */
        BLOCK
    }

    public ListMatch {
        Objects.requireNonNull(kind, "Kind is required.");
        Objects.requireNonNull(entry, "Entry is required.");
    }
}
