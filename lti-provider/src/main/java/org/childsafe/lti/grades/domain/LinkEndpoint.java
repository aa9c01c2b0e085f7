package org.childsafe.lti.grades.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The AGS endpoint claim last seen for one resource link of one deployment ({@code lti_resource_link}), so a
 * score can be sent long after the launch and by any instance. Updated at every launch: platforms may change the
 * URLs or the granted scopes (an admin turns "Accept grades from the tool" off in Moodle).
 *
 * @param scopes    the granted AGS scopes, possibly empty (the launch had no AGS claim)
 * @param lineItems the line item container URL, or {@code null}
 * @param lineItem  the link's own line item URL, or {@code null}
 */
public record LinkEndpoint(long deploymentPk, String resourceLinkId, Long contextPk, Set<String> scopes,
        String lineItems, String lineItem, Instant updatedAt) {

    public LinkEndpoint {
        Objects.requireNonNull(resourceLinkId, "Resource link id is required.");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(updatedAt, "Update time is required.");
    }

    /** True when the launch gave the tool any AGS access. */
    public boolean hasAgs() {
        return !scopes.isEmpty() && (lineItems != null || lineItem != null);
    }
}
