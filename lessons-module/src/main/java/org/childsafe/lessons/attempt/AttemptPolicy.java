package org.childsafe.lessons.attempt;

import java.util.Locale;
import java.util.Optional;

/** Which completed attempt of a lesson counts: the best score, or the last one. */
public enum AttemptPolicy {
    BEST, LAST;

    public static Optional<AttemptPolicy> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "best" -> Optional.of(BEST);
            case "last" -> Optional.of(LAST);
            default -> Optional.empty();
        };
    }
}
