package org.childsafe.lti.session.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.childsafe.lti.launch.domain.ToolRole;

/**
 * Who is using the tool after a validated launch, and from where. Held in the HTTP session; it carries ids, not
 * personal data: a learner's name or e-mail from the id_token is never kept.
 *
 * @param userId      the stored user, or {@code null} for an anonymous launch (no {@code sub})
 * @param staffName   display name, only for instructors and administrators
 * @param contextPk   the stored course, or {@code null} when the launch had no context
 */
public record LaunchIdentity(
        long registrationId,
        String issuer,
        long deploymentPk,
        String deploymentId,
        String schoolName,
        Long userId,
        String staffName,
        Long contextPk,
        String contextTitle,
        Set<ToolRole> roles,
        boolean counselor,
        String widgetId,
        String resourceLinkId,
        String returnUrl,
        Instant launchedAt) implements Serializable {

    public LaunchIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean has(ToolRole role) {
        return roles.contains(role);
    }

    public boolean anonymous() {
        return userId == null;
    }

    /** The most specific role to show: counselor, administrator, instructor, learner or none. */
    public String displayRole() {
        if (counselor) {
            return "COUNSELOR";
        }
        for (ToolRole role : new ToolRole[] {ToolRole.ADMINISTRATOR, ToolRole.INSTRUCTOR, ToolRole.LEARNER}) {
            if (roles.contains(role)) {
                return role.name();
            }
        }
        return "NONE";
    }
}
