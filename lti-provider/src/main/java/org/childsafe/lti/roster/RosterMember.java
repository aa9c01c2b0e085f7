package org.childsafe.lti.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lti.launch.domain.RoleMapper;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.services.nrps.Member;

/**
 * A course member for a teacher's or counselor's view. The display name is personal data of a child: it lives
 * only in memory (the roster cache, the page being rendered), is never stored or logged, and
 * {@link #toString()} leaves it out.
 *
 * @param userId      the platform user id: the {@code sub} of the member's launches, which the tool stores as
 *                    {@code lti_user.subject}
 * @param roleUris    the LIS role URIs in the course
 * @param roles       the roles mapped by {@link RoleMapper}
 * @param active      whether the platform lists the member as {@code Active}
 * @param displayName the name to show, if the platform shares names
 */
public record RosterMember(String userId, List<String> roleUris, Set<ToolRole> roles, boolean active,
                           Optional<String> displayName) {

    public RosterMember {
        Objects.requireNonNull(userId, "User id is required.");
        roleUris = List.copyOf(roleUris);
        roles = Set.copyOf(roles);
        Objects.requireNonNull(displayName, "Display name option is required.");
    }

    static RosterMember of(Member member) {
        return new RosterMember(member.userId(), member.roles(), RoleMapper.map(member.roles()), member.active(),
                member.displayName());
    }

    /** An active learner of the course (the people a teacher expects to start a lesson). */
    public boolean activeLearner() {
        return active && roles.contains(ToolRole.LEARNER);
    }

    @Override
    public String toString() {
        return "RosterMember[userId=" + userId + ", roles=" + roles + ", active=" + active + "]";
    }
}
