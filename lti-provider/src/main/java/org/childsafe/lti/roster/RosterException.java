package org.childsafe.lti.roster;

import java.util.Objects;

/**
 * The roster cannot be given, for a reason the caller can show: {@link #code()} is {@value #FORBIDDEN},
 * {@value #NO_CONTEXT} or {@value #NOT_OFFERED}. A failure of the platform's service is a
 * {@link org.childsafe.lti.services.ServiceException} instead.
 */
public class RosterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The launch is not an instructor, administrator or counselor of the deployment. */
    public static final String FORBIDDEN = "roster.forbidden";
    /** The launch had no course (context), so there is no roster. */
    public static final String NO_CONTEXT = "roster.no_context";
    /** No launch in the course carried the NRPS claim, or the registration has no token URL. */
    public static final String NOT_OFFERED = "roster.not_offered";

    private final String code;

    public RosterException(String code, String detail) {
        super(Objects.requireNonNull(code, "Code is required.") + ": " + detail);
        this.code = code;
    }

    /** The stable code. */
    public String code() {
        return code;
    }
}
