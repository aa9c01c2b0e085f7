package org.childsafe.lti.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of content a widget offers to a teacher picking activities through LTI Deep Linking 2.0
 * (https://www.imsglobal.org/spec/lti-dl/v2p0#lti-resource-link). It becomes an {@code ltiResourceLink} content item
 * that launches {@code {tool.base-url}/launch/{widget}} with {@link #custom()} as its custom parameters.
 *
 * <p>Invariants: id, title and widget are present; {@link #custom()} is an unmodifiable copy that always contains
 * {@value Widget#CUSTOM_PARAMETER} (so the launch routes to the widget however the platform rewrites the URL).
 *
 * @param id       unique among all widgets' items, e.g. {@code lessons} or {@code lessons:safe-passwords}
 * @param widget   id of the widget the item launches
 * @param title    title shown to the teacher and sent to the platform
 * @param text     one-sentence description, may be null
 * @param custom   custom parameters of the resource link
 * @param lineItem the gradebook column to create, null when the item is not graded
 * @param group    label the picker groups items under (e.g. the widget's name or an age band), may be null
 */
public record DeepLinkItem(String id, String widget, String title, String text, Map<String, String> custom,
                           LineItemSpec lineItem, String group) {

    public DeepLinkItem {
        Objects.requireNonNull(id, "Item id is required.");
        Objects.requireNonNull(widget, "Widget id is required.");
        Objects.requireNonNull(title, "Item title is required.");
        Map<String, String> copy = new LinkedHashMap<>(custom == null ? Map.of() : custom);
        copy.putIfAbsent(Widget.CUSTOM_PARAMETER, widget);
        custom = Collections.unmodifiableMap(copy);
    }

    /** @return the line item, if the item is graded */
    public Optional<LineItemSpec> graded() {
        return Optional.ofNullable(lineItem);
    }

    /**
     * The gradebook column a graded item asks the platform to create (Deep Linking 2.0 §3.1 {@code lineItem};
     * AGS 2.0 line item).
     *
     * @param scoreMaximum positive maximum score
     * @param label        column label, may be null (the platform then uses the item title)
     * @param resourceId   tool resource id, may be null
     * @param tag          tool tag, may be null
     */
    public record LineItemSpec(double scoreMaximum, String label, String resourceId, String tag) {

        public LineItemSpec {
            if (!(scoreMaximum > 0)) {
                throw new IllegalArgumentException("scoreMaximum must be positive.");
            }
        }
    }
}
