package org.childsafe.lessons.pack;

import java.util.Locale;
import java.util.Optional;

/** Quiz question types of format 1. */
public enum QuestionType {
    /** One right option among several. */
    SINGLE,
    /** At least two right options; only exactly the right set scores. */
    MULTIPLE,
    /** The implicit options {@code true} and {@code false}. */
    TRUEFALSE,
    /** Like single, framed as "what would you do" after a short story. */
    SCENARIO,
    /** Put 3 to 6 options in the right order; only exactly the right order scores. */
    ORDERING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> fromCode(String code) {
        for (QuestionType type : values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
