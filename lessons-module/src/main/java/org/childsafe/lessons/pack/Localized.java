package org.childsafe.lessons.pack;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A short text given in both languages the product supports. {@link #in(Locale)} falls back to Vietnamese, the
 * language of the schools the tool serves.
 */
public record Localized(String vi, String en) implements Serializable {

    public Localized {
        Objects.requireNonNull(vi, "Vietnamese text is required.");
        Objects.requireNonNull(en, "English text is required.");
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }
}
