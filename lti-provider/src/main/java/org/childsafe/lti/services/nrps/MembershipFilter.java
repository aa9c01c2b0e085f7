package org.childsafe.lti.services.nrps;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Query parameters of a membership request (NRPS 2.0 §2.4): {@code rlid} (members who can access one resource
 * link, §3.1), {@code role} (members with one role) and {@code limit} (page size the platform should use).
 *
 * @param resourceLinkId the resource link id of a launch, for {@code rlid}
 * @param role           a role URI or short name, for {@code role}
 * @param limit          the page size asked for, positive
 */
public record MembershipFilter(Optional<String> resourceLinkId, Optional<String> role, OptionalInt limit) {

    public MembershipFilter {
        Objects.requireNonNull(resourceLinkId, "Resource link option is required.");
        Objects.requireNonNull(role, "Role option is required.");
        Objects.requireNonNull(limit, "Limit option is required.");
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw new IllegalArgumentException("The page size must be positive.");
        }
    }

    /** Every member, in the platform's page size. */
    public static MembershipFilter all() {
        return new MembershipFilter(Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    public MembershipFilter withResourceLinkId(String rlid) {
        return new MembershipFilter(Optional.of(rlid), role, limit);
    }

    public MembershipFilter withRole(String value) {
        return new MembershipFilter(resourceLinkId, Optional.of(value), limit);
    }

    public MembershipFilter withLimit(int pageSize) {
        return new MembershipFilter(resourceLinkId, role, OptionalInt.of(pageSize));
    }
}
