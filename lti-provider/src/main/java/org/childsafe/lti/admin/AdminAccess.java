package org.childsafe.lti.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Resolves who administers: the tool administrator (session attribute {@value #TOOL_ADMIN_ATTRIBUTE} =
 * {@link Boolean#TRUE}) or an LTI administrator (see {@link LtiAdminPrincipalSource}); the tool administrator
 * wins when both apply. Anything else is no administrator at all: every check fails closed.
 *
 * <p>Pages and resources call {@link #current()}, which returns the scope {@link org.childsafe.lti.admin.web.AdminAccessFilter} resolved
 * for the request, or throws {@link AdminScopeException} when there is none.
 */
@ApplicationScoped
public class AdminAccess {

    /** Session attribute that marks a signed-in tool administrator. */
    public static final String TOOL_ADMIN_ATTRIBUTE = "org.childsafe.lti.admin.toolAdmin";

    @Inject
    LtiAdminPrincipalSource ltiAdmins;

    @Inject
    HttpServletRequest currentRequest;

    protected AdminAccess() {
    }

    /** For tests outside the container. */
    AdminAccess(LtiAdminPrincipalSource ltiAdmins) {
        this.ltiAdmins = ltiAdmins;
    }

    /** The administrator of this request's session, if any; never creates a session. */
    public Optional<AdminScope> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(TOOL_ADMIN_ATTRIBUTE))) {
            return Optional.of(AdminScope.toolAdmin());
        }
        return ltiAdmins.ltiAdminRegistrationId(request)
                .filter(id -> id > 0)
                .map(id -> AdminScope.ltiAdmin(id, ltiAdmins.ltiAdminUserId(request)));
    }

    /** The scope of the current request; {@link AdminScopeException} when no administrator is signed in. */
    public AdminScope current() {
        if (currentRequest.getAttribute(AdminScope.REQUEST_ATTRIBUTE) instanceof AdminScope resolved) {
            return resolved;
        }
        return fromSession(currentRequest)
                .orElseThrow(() -> new AdminScopeException("No administrator is signed in."));
    }

    /**
     * Marks the session as the tool administrator's, under a new session id so that an id planted before
     * sign-in (session fixation) is worthless afterwards.
     */
    public void signInToolAdmin(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(TOOL_ADMIN_ATTRIBUTE, Boolean.TRUE);
    }

    /** Ends the session, tool or LTI administrator alike. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
