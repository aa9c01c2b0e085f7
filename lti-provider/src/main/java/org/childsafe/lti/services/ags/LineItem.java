package org.childsafe.lti.services.ags;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A line item (AGS 2.0 §3.2): a column of the gradebook.
 *
 * @param id             its URL, assigned by the platform (empty before it is created)
 * @param label          the column title, required
 * @param scoreMaximum   the maximum score, greater than 0
 * @param resourceId     the tool's own id for the activity
 * @param resourceLinkId the resource link it belongs to
 * @param tag            the tool's qualifier, e.g. "grade"
 */
public record LineItem(Optional<URI> id, String label, double scoreMaximum, Optional<String> resourceId,
        Optional<String> resourceLinkId, Optional<String> tag) {

    public LineItem {
        Objects.requireNonNull(id, "Id option is required.");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Line item label is required.");
        }
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("Line item scoreMaximum must be greater than 0.");
        }
        Objects.requireNonNull(resourceId, "Resource id option is required.");
        Objects.requireNonNull(resourceLinkId, "Resource link id option is required.");
        Objects.requireNonNull(tag, "Tag option is required.");
    }

    /** A line item to create. */
    public static LineItem newItem(String label, double scoreMaximum, String resourceId, String tag) {
        return new LineItem(Optional.empty(), label, scoreMaximum, Optional.ofNullable(resourceId),
                Optional.empty(), Optional.ofNullable(tag));
    }
}
