package org.childsafe.lti.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Tells whether the current browser session belongs to a user the platform launched with the LTI Administrator
 * role, and for which registration. The launch code owns that knowledge; the administration pages only ask.
 *
 * <p>The default implementation, {@link SessionLtiAdminPrincipalSource}, reads the HTTP session attributes
 * {@value #REGISTRATION_ID_ATTRIBUTE} ({@link Long}) and {@value #USER_ID_ATTRIBUTE} ({@link Long}, the tool's
 * {@code lti_user.id}); the launch sets them when an Administrator launches. Another implementation may replace
 * it as a CDI {@code @Alternative} with a {@code @Priority}.
 */
public interface LtiAdminPrincipalSource {

    /** Session attribute: id of the registration an LTI Administrator launched from. */
    String REGISTRATION_ID_ATTRIBUTE = "org.childsafe.lti.admin.registrationId";

    /** Session attribute: the tool's user id of that administrator, used only to name them in the audit log. */
    String USER_ID_ATTRIBUTE = "org.childsafe.lti.admin.userId";

    /** The registration whose LTI Administrator this session is; empty when it is not one. */
    Optional<Long> ltiAdminRegistrationId(HttpServletRequest request);

    /** The tool's user id of that administrator, if known. */
    default Optional<Long> ltiAdminUserId(HttpServletRequest request) {
        return Optional.empty();
    }
}
