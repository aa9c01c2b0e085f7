package org.childsafe.lti.grades.application;

/**
 * How to find or create the gradebook column when the launch names none: a launch without the AGS {@code lineitem}
 * claim (e.g. a link added by hand, not by deep linking) is graded into the line item of the context's
 * {@code lineitems} container whose {@code resourceId} (and {@code tag}, when given) match, created with
 * {@code label} and the request's {@code scoreMaximum} when there is none. Ignored when the launch has a
 * {@code lineitem} claim: the platform already chose the column.
 *
 * @param label      the column title shown in the gradebook, 1–255 characters
 * @param resourceId the tool's stable id of the graded activity (e.g. {@code lessons:safe-passwords}), 1–255 characters
 * @param tag        an optional qualifier (e.g. {@code quiz}), at most 255 characters, or {@code null}
 */
public record LineItemHint(String label, String resourceId, String tag) {

    /** The longest label, resource id or tag (the column sizes). */
    public static final int MAX_LENGTH = 255;

    public LineItemHint {
        label = required(label, "label");
        resourceId = required(resourceId, "resourceId");
        if (tag != null) {
            tag = tag.strip();
            if (tag.isEmpty()) {
                tag = null;
            } else if (tag.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("Line item tag is longer than " + MAX_LENGTH + " characters.");
            }
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Line item " + name + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Line item " + name + " is longer than " + MAX_LENGTH + " characters.");
        }
        return stripped;
    }
}
