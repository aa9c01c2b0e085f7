package org.childsafe.lessons.pack;

import java.util.Locale;
import java.util.Optional;

/** The three S's of the "digital vaccine": Safe (protect yourself), Smart (be wise), Super (protect others). */
public enum SafetyS {
    SAFE, SMART, SUPER;

    /** The value as written in {@code lesson.yaml}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SafetyS> fromCode(String code) {
        for (SafetyS s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
