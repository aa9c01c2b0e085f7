package org.childsafe.lti.observe;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Label values of the suite's metrics. Labels are stable codes chosen by the code ({@code lti.invalid_signature},
 * {@code UNSAFE}, {@code ags.timeout}), never input: a value that does not look like a code becomes
 * {@value #OTHER}, so a surprising value can neither leak data into {@code /metrics} nor create series without
 * bound.
 */
public final class MetricLabels {

    /** The value of a label whose value was not a code. */
    public static final String OTHER = "other";
    /** The value of a label when there is nothing to say (no category matched, no code). */
    public static final String NONE = "none";

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

    private MetricLabels() {
    }

    /**
     * @param value a code, may be null or blank
     * @return the code in lower case, {@value #NONE} for null or blank, {@value #OTHER} when it is no code
     */
    public static String code(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return CODE.matcher(lower).matches() ? lower : OTHER;
    }
}
