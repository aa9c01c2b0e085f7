package org.childsafe.lti.admin;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What the administrator of the current request may do, resolved once per request by {@link AdminAccess} and
 * kept in the request attribute {@value #REQUEST_ATTRIBUTE}.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>The tool administrator ({@link #toolAdmin()}) manages every registration, and alone may create or delete
 * registrations.</li>
 * <li>An LTI administrator ({@link #ltiAdmin(long, Optional)}) manages exactly the registration they launched
 * from: its settings, deployments and counselors.</li>
 * </ul>
 * The {@link #actor()} string goes into the audit log: {@value #TOOL_ADMIN_ACTOR}, or
 * {@code lti-admin:<registrationId>:<userId>} with the tool's own user id (never the LMS subject or a name).
 */
public final class AdminScope implements Serializable {

    /** Request attribute under which {@link org.childsafe.lti.admin.web.AdminAccessFilter} leaves the resolved scope. */
    public static final String REQUEST_ATTRIBUTE = "org.childsafe.lti.admin.scope";

    /** Audit actor of the tool administrator. */
    public static final String TOOL_ADMIN_ACTOR = "tool-admin";

    private static final long serialVersionUID = 1L;

    private final boolean toolAdmin;
    private final Long registrationId;
    private final String actor;

    private AdminScope(boolean toolAdmin, Long registrationId, String actor) {
        this.toolAdmin = toolAdmin;
        this.registrationId = registrationId;
        this.actor = Objects.requireNonNull(actor, "Actor is required.");
    }

    /** The tool administrator: every registration. */
    public static AdminScope toolAdmin() {
        return new AdminScope(true, null, TOOL_ADMIN_ACTOR);
    }

    /** A platform administrator launched through LTI, limited to their registration. */
    public static AdminScope ltiAdmin(long registrationId, Optional<Long> userId) {
        if (registrationId <= 0) {
            throw new IllegalArgumentException("Registration id must be positive.");
        }
        return new AdminScope(false, registrationId,
                "lti-admin:" + registrationId + ":" + userId.map(String::valueOf).orElse("unknown"));
    }

    public boolean isToolAdmin() {
        return toolAdmin;
    }

    /** The one registration of an LTI administrator; empty for the tool administrator. */
    public Optional<Long> registrationId() {
        return Optional.ofNullable(registrationId);
    }

    public String actor() {
        return actor;
    }

    /** Whether this administrator may view and change the given registration. */
    public boolean canManage(long registrationId) {
        return toolAdmin || (this.registrationId != null && this.registrationId == registrationId);
    }

    /** Throws {@link AdminScopeException} unless {@link #canManage(long)}. */
    public void requireManage(long registrationId) {
        if (!canManage(registrationId)) {
            throw new AdminScopeException("Administrator " + actor + " may not manage registration " + registrationId + ".");
        }
    }

    /** Throws {@link AdminScopeException} unless this is the tool administrator. */
    public void requireToolAdmin() {
        if (!toolAdmin) {
            throw new AdminScopeException("Only the tool administrator may do this; " + actor + " tried.");
        }
    }

    @Override
    public String toString() {
        return "AdminScope[" + actor + "]";
    }
}
