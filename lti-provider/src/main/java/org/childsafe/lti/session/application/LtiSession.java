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

    /**
     * Session attribute holding the launch's custom parameters (LTI Core §5.4.6) as an unmodifiable
     * {@code Map<String, String>}, so a widget can open the item a deep link named (e.g. {@code childsafe_lesson}).
     */
    public static final String CUSTOM_ATTRIBUTE = "org.childsafe.lti.custom";

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

    /** The custom parameters of the launch that opened this session; empty without a session. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> custom() {
        HttpSession session = request.getSession(false);
        Object custom = session == null ? null : session.getAttribute(CUSTOM_ATTRIBUTE);
        return custom instanceof java.util.Map<?, ?> map ? (java.util.Map<String, String>) map : java.util.Map.of();
    }

    public boolean isLaunched() {
        return identity().isPresent();
    }
}
