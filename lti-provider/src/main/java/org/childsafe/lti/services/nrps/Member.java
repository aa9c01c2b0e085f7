package org.childsafe.lti.services.nrps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of a context as the platform lists it (NRPS 2.0 §2.3). Names are personal data of children: they
 * are only ever held in memory to show a teacher who has not started yet, never stored or logged;
 * {@link #toString()} leaves them out. E-mail and picture are not read at all.
 *
 * @param userId     the platform's user id, the {@code sub} of that user's launches
 * @param roles      the LIS role URIs in the context, possibly empty
 * @param status     {@code Active}, {@code Inactive} or {@code Deleted} (NRPS 2.0 §2.3.1; Active when absent)
 * @param name       full name, if the platform shares it
 * @param givenName  given name, if shared
 * @param familyName family name, if shared
 */
public record Member(String userId, List<String> roles, String status, Optional<String> name,
                     Optional<String> givenName, Optional<String> familyName) {

    /** The status of a member who can use the course. */
    public static final String ACTIVE = "Active";

    public Member {
        Objects.requireNonNull(userId, "User id is required.");
        roles = List.copyOf(roles);
        Objects.requireNonNull(status, "Status is required.");
        Objects.requireNonNull(name, "Name option is required.");
        Objects.requireNonNull(givenName, "Given name option is required.");
        Objects.requireNonNull(familyName, "Family name option is required.");
    }

    /** Whether the member is active in the context. */
    public boolean active() {
        return ACTIVE.equalsIgnoreCase(status);
    }

    /** The name to show: the full name, else given and family name joined, else empty. */
    public Optional<String> displayName() {
        if (name.isPresent() && !name.get().isBlank()) {
            return name;
        }
        String joined = (givenName.orElse("") + " " + familyName.orElse("")).strip();
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    /** Leaves out the names, so a member can be logged. */
    @Override
    public String toString() {
        return "Member[userId=" + userId + ", roles=" + roles + ", status=" + status + "]";
    }
}
