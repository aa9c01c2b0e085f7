package org.childsafe.lessons.pack;

import java.util.Locale;
import java.util.Optional;

/** The school levels lessons are written for: primary, lower secondary and upper secondary. */
public enum AgeBand {
    PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY;

    /** The value as written in {@code lesson.yaml}, e.g. {@code lower-secondary}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AgeBand> fromCode(String code) {
        for (AgeBand band : values()) {
            if (band.code().equals(code)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
