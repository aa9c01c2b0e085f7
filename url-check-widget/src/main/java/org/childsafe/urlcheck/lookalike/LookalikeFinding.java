package org.childsafe.urlcheck.lookalike;

import java.util.Objects;

/**
 * One look-alike warning.
 *
 * @param kind            what was found
 * @param protectedDomain the protected domain it imitates, or {@code null} for script findings without one
 */
public record LookalikeFinding(Kind kind, String protectedDomain) {

    /** What was found. */
    public enum Kind {
        /** The registrable label looks like (same skeleton, or edit distance ≤ 2) a protected domain's. */
        LOOKALIKE,
        /** A protected domain appears as a subdomain of another site ({@code vietcombank.com.vn.evil.example}). */
        PROTECTED_IN_SUBDOMAIN,
        /** A label mixes scripts that should not mix (Latin with Cyrillic or Greek …). */
        MIXED_SCRIPT,
        /** A label entirely in Cyrillic/Greek letters that read as Latin ({@code аррӏе}) under a non-Cyrillic TLD. */
        WHOLE_SCRIPT,
        /** Invisible or otherwise suspicious characters (TR39 checks other than mixed script). */
        INVISIBLE
    }

    public LookalikeFinding {
        Objects.requireNonNull(kind, "Kind is required.");
    }
}
