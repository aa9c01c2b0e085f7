package org.childsafe.lti.services.ags;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Query parameters of a line item container GET (AGS 2.0 §3.2.4).
 *
 * @param resourceLinkId only the line items of this resource link
 * @param resourceId     only the line items with this tool resource id
 * @param tag            only the line items with this tag
 * @param limit          page size the tool asks for (the platform may send fewer)
 */
public record LineItemFilter(Optional<String> resourceLinkId, Optional<String> resourceId, Optional<String> tag,
        OptionalInt limit) {

    /** No filter: every line item of the context. */
    public static LineItemFilter all() {
        return new LineItemFilter(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    public LineItemFilter withResourceLinkId(String value) {
        return new LineItemFilter(Optional.of(value), resourceId, tag, limit);
    }

    public LineItemFilter withResourceId(String value) {
        return new LineItemFilter(resourceLinkId, Optional.of(value), tag, limit);
    }

    public LineItemFilter withTag(String value) {
        return new LineItemFilter(resourceLinkId, resourceId, Optional.of(value), limit);
    }

    public LineItemFilter withLimit(int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("Limit must be positive.");
        }
        return new LineItemFilter(resourceLinkId, resourceId, tag, OptionalInt.of(value));
    }
}
