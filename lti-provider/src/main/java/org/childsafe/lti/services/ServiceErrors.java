package org.childsafe.lti.services;

/** Stable codes of {@link ServiceException}, logged and shown to teachers in the grade sync status. */
public final class ServiceErrors {

    /** The token endpoint answered 400/401 (the OAuth {@code error} value is kept, sanitized). */
    public static final String TOKEN_REFUSED = "service.token_refused";
    /** 5xx, timeout, connection refused or reset: worth retrying later. */
    public static final String UNAVAILABLE = "service.unavailable";
    /** Not JSON, not the expected JSON shape, a missing field, or a body over the size limit. */
    public static final String MALFORMED_RESPONSE = "service.malformed_response";
    /** The service answered 401 even with a freshly obtained token. */
    public static final String UNAUTHORIZED = "service.unauthorized";
    /** The service answered 403. */
    public static final String FORBIDDEN = "service.forbidden";
    /** The launch did not grant the scope the operation needs (AGS 2.0 §3.1). */
    public static final String SCOPE_NOT_GRANTED = "service.scope_not_granted";
    /** AGS: 404, for example the user is not enrolled or not gradable, or the line item was deleted. */
    public static final String AGS_NOT_FOUND = "ags.not_found";
    /** AGS: 400 or 422, the platform refused the line item or score. */
    public static final String AGS_REJECTED = "ags.rejected";

    /** NRPS: 404, the context (or the resource link of an {@code rlid} filter) is unknown to the platform. */
    public static final String NRPS_NOT_FOUND = "nrps.not_found";
    /** NRPS: 400 or another 4xx, the platform refused the membership request (e.g. an unknown role filter). */
    public static final String NRPS_REJECTED = "nrps.rejected";

    private ServiceErrors() {
    }
}
