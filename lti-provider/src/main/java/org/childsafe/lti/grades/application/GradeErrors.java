package org.childsafe.lti.grades.application;

/**
 * The stable reasons a score is RETRYING or FAILED ({@link GradeSyncStatus#errorCode()}). Each has a vi/en text
 * {@code grades.error.<code>} in the lti-provider bundle; teachers quote them to support, so they never change.
 */
public final class GradeErrors {

    /** The platform will not grade this user (Moodle: a teacher or a user not enrolled as a student). Final. */
    public static final String USER_NOT_GRADABLE = "ags.user_not_gradable";
    /** The platform refused the score or line item (400, 422 or another 4xx). Final. */
    public static final String REJECTED = "ags.rejected";
    /** The platform answered 403 (grades not accepted from the tool). Final. */
    public static final String FORBIDDEN = "ags.forbidden";
    /** The platform answered 404 (line item or user gone). Final. */
    public static final String NOT_FOUND = "ags.not_found";
    /** The launch gave no AGS endpoint, scope or token URL: the LMS does not accept grades for this link. Final. */
    public static final String UNAVAILABLE = "ags.unavailable";
    /** The platform did not answer in time or could not be reached. Retried. */
    public static final String TIMEOUT = "ags.timeout";
    /** The platform answered 5xx. Retried. */
    public static final String SERVER_ERROR = "ags.server_error";
    /** The platform answered 429 Too Many Requests. Retried. */
    public static final String RATE_LIMITED = "ags.rate_limited";
    /** The service refused the access token even after a new one was obtained. Retried. */
    public static final String UNAUTHORIZED = "ags.unauthorized";
    /** The platform's token endpoint refused the tool (e.g. it does not know the tool's key yet). Retried. */
    public static final String TOKEN_REFUSED = "ags.token_refused";
    /** The platform answered something that is not the expected JSON. Retried. */
    public static final String MALFORMED_RESPONSE = "ags.malformed_response";
    /** Something failed inside the tool while sending (logged). Retried. */
    public static final String TOOL_ERROR = "ags.tool_error";

    /** Every code, for the bundle parity test and documentation. */
    public static final java.util.List<String> ALL = java.util.List.of(USER_NOT_GRADABLE, REJECTED, FORBIDDEN,
            NOT_FOUND, UNAVAILABLE, TIMEOUT, SERVER_ERROR, RATE_LIMITED, UNAUTHORIZED, TOKEN_REFUSED,
            MALFORMED_RESPONSE, TOOL_ERROR);

    private GradeErrors() {
    }
}
