package org.childsafe.lti.launch.application;

import java.util.Map;
import java.util.Optional;

import org.childsafe.lti.launch.domain.InvalidLaunchException;

/**
 * Typed, fail-closed access to parsed JSON claims. JSON {@code null} counts as absent; a value of
 * the wrong type is a rejection with the caller's code, never a silent default.
 */
final class ClaimReader {

    /** LTI Core §5.3.3, §5.3.5, §5.3.6, §5.4.1: identifiers MUST NOT exceed 255 ASCII characters. */
    static final int MAX_ID = 255;

    private ClaimReader() {
    }

    static Optional<String> string(Map<String, Object> source, String name, String invalidCode) {
        Object value = source.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        throw new InvalidLaunchException(invalidCode, "claim '" + name + "' is not a string");
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> object(Map<String, Object> source, String name, String invalidCode) {
        Object value = source.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of((Map<String, Object>) map);
        }
        throw new InvalidLaunchException(invalidCode, "claim '" + name + "' is not an object");
    }

    /** Reads an identifier: present, a string, not blank and at most {@value #MAX_ID} characters. */
    static String identifier(Map<String, Object> source, String name, String code) {
        String value = string(source, name, code)
                .orElseThrow(() -> new InvalidLaunchException(code, "claim '" + name + "' is missing"));
        if (value.isBlank() || value.length() > MAX_ID) {
            throw new InvalidLaunchException(code, "claim '" + name + "' is blank or longer than " + MAX_ID);
        }
        return value;
    }
}
