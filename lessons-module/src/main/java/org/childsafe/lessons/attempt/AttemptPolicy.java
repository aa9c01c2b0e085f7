package org.childsafe.lessons.attempt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which completed attempt of a lesson counts as the learner's score — and is sent to the gradebook — when they
 * take it more than once ({@code lessons.attempt-policy}).
 */
public enum AttemptPolicy {
    /** The highest score of all completed attempts: retaking never lowers a grade. */
    BEST,
    /** The most recent completed attempt's score. */
    LAST;

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

    /** The counted score of completed attempts' scores in completion order; empty when there are none. */
    public Optional<Double> counted(List<Double> scoresInCompletionOrder) {
        if (scoresInCompletionOrder.isEmpty()) {
            return Optional.empty();
        }
        return switch (this) {
            case BEST -> scoresInCompletionOrder.stream().max(Double::compare);
            case LAST -> Optional.of(scoresInCompletionOrder.get(scoresInCompletionOrder.size() - 1));
        };
    }
}
