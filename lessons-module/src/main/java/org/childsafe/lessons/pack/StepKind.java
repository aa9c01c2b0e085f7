package org.childsafe.lessons.pack;

import java.util.Locale;
import java.util.Optional;

/** The kinds of step a lesson is made of, in the player's vocabulary. */
public enum StepKind {
    /** A story that sets up the problem (Markdown page). */
    SCENARIO,
    /** Key ideas (Markdown page). */
    IDEAS,
    /** An interactive choice with consequences, not graded. */
    CHOICE,
    /** The graded quiz. */
    QUIZ,
    /** Reflection question and pledge. */
    REFLECTION,
    /** The "who can help" card, always last. */
    HELP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StepKind> fromCode(String code) {
        for (StepKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
