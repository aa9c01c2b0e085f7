package org.childsafe.report.referral.domain;

import java.util.List;

/** Checks shared by the payload records: stripped, bounded text and bounded lists of it. */
final class Text {

    private Text() {
    }

    static String required(String value, String what, int max) {
        String stripped = optional(value, max);
        if (stripped == null) {
            throw new IllegalArgumentException(what + " is required.");
        }
        return stripped;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("A value has more than " + max + " characters.");
        }
        return stripped;
    }

    static List<String> list(List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = values.stream().map(v -> optional(v, maxLength)).filter(v -> v != null).distinct().toList();
        if (kept.size() > maxItems) {
            throw new IllegalArgumentException("A list has more than " + maxItems + " items.");
        }
        return kept;
    }
}
