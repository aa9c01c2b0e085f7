package org.childsafe.lti.admin;

/**
 * An administrator tried something outside their {@link AdminScope}: an LTI administrator touching another
 * platform's registration, or anyone but the tool administrator creating or deleting one. Answered as 403
 * {@code auth.forbidden}; the message (ids only) is for logs.
 */
public class AdminScopeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminScopeException(String message) {
        super(message);
    }
}
