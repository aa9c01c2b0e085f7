package org.childsafe.lti.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The default {@link LtiAdminPrincipalSource}: reads the session attributes the launch sets. It never creates a
 * session, and anything but a positive {@link Long} counts as absent (fail closed).
 */
@ApplicationScoped
public class SessionLtiAdminPrincipalSource implements LtiAdminPrincipalSource {

    @Override
    public Optional<Long> ltiAdminRegistrationId(HttpServletRequest request) {
        return positiveLong(request, REGISTRATION_ID_ATTRIBUTE);
    }

    @Override
    public Optional<Long> ltiAdminUserId(HttpServletRequest request) {
        return positiveLong(request, USER_ID_ATTRIBUTE);
    }

    private static Optional<Long> positiveLong(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        Object value = session == null ? null : session.getAttribute(name);
        return value instanceof Long id && id > 0 ? Optional.of(id) : Optional.empty();
    }
}
