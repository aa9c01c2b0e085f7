package org.childsafe.lti.session.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The launch this browser session belongs to, read from the HTTP session.
 *
 * <p>The identity is a plain session attribute ({@value #ATTRIBUTE}) rather than a session-scoped bean on
 * purpose: a launch invalidates the previous HTTP session and creates a new one in the same request (new
 * session id, no session fixation, nothing carried over from another launch), which plain attributes survive
 * predictably.
 */
@Named
@RequestScoped
public class LtiSession {

    /** Session attribute holding the {@link LaunchIdentity}. */
    public static final String ATTRIBUTE = "org.childsafe.lti.identity";

    @Inject
    HttpServletRequest request;

    public Optional<LaunchIdentity> identity() {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((LaunchIdentity) session.getAttribute(ATTRIBUTE));
    }

    /** For pages: the identity or {@code null}. */
    public LaunchIdentity getIdentity() {
        return identity().orElse(null);
    }

    public boolean isLaunched() {
        return identity().isPresent();
    }
}
