package org.childsafe.lti.launch.domain;

import java.util.Set;

/**
 * Stable error codes for rejected login initiations and launches.
 *
 * <p>It exists so that logs, metrics, problem-JSON bodies and tests all name a failure the same
 * way (the Keycloak {@code events/Errors} pattern). Invariant: every code is lower case, starts
 * with {@code lti.}, and never changes meaning once released; a user only ever sees a generic
 * message, the code goes to the log.
 *
 * <p>{@link #httpStatus(String)} maps login-initiation and request-shape errors to 400 and every
 * token, state or nonce failure to 401, as IMS Security Framework 1.0 §5.1.3 requires ("The request
 * message will be rejected with a HTTP code of 401").
 */
public final class LtiErrors {

    // Login initiation (IMS Security Framework §5.1.1.1), answered with 400.
    /** A required login-initiation parameter is missing or blank. */
    public static final String MISSING_PARAM = "lti.missing_param";
    /** An optional login-initiation parameter is present but unusable (too long, bad characters). */
    public static final String INVALID_PARAM = "lti.invalid_param";
    /** No registration exists for the {@code iss} of the login initiation. */
    public static final String UNKNOWN_ISSUER = "lti.unknown_issuer";
    /** No registration exists for (iss, client_id), or the state's registration is gone. */
    public static final String UNKNOWN_CLIENT = "lti.unknown_client";
    /** The login initiation has no client_id and the issuer has more than one registration. */
    public static final String AMBIGUOUS_CLIENT = "lti.ambiguous_client";
    /** target_link_uri is not an absolute http(s) URI on the tool's own origin. */
    public static final String INVALID_TARGET_LINK_URI = "lti.invalid_target_link_uri";
    /** login_hint is present but unusable (too long, control characters). */
    public static final String INVALID_LOGIN_HINT = "lti.invalid_login_hint";

    // Authentication response (IMS Security Framework §5.1.1.3 and §5.1.3), answered with 401.
    /** The platform answered the authentication request with an OIDC error. */
    public static final String PLATFORM_ERROR = "lti.platform_error";
    /** The authentication response has no id_token. */
    public static final String MISSING_ID_TOKEN = "lti.missing_id_token";
    /** The authentication response has no state. */
    public static final String MISSING_STATE = "lti.missing_state";
    /** The state is not one the tool issued. */
    public static final String INVALID_STATE = "lti.invalid_state";
    /** The state was issued but its time to live has passed. */
    public static final String STATE_EXPIRED = "lti.state_expired";
    /** The state was already consumed by an earlier response. */
    public static final String STATE_REPLAYED = "lti.state_replayed";
    /** The state is bound to another browser (binding cookie absent or different). */
    public static final String STATE_BROWSER_MISMATCH = "lti.state_browser_mismatch";
    /**
     * Without a binding cookie, the platform's client-side storage (lti_storage_target) answered from an origin
     * other than the platform's OIDC authorization endpoint (cs-oidc §3): the browser binding cannot be trusted.
     */
    public static final String STORAGE_ORIGIN_MISMATCH = "lti.storage_origin_mismatch";
    /**
     * The code that hands a cookie-less launch over to a new window is unknown, already used or older than its few
     * minutes (ADR 0009).
     */
    public static final String HANDOFF_EXPIRED = "lti.handoff_expired";
    /** The id_token is not a compact JWS with three parts and JSON header and payload. */
    public static final String MALFORMED_TOKEN = "lti.malformed_token";
    /** The id_token is not signed with RS256. */
    public static final String UNSUPPORTED_ALG = "lti.unsupported_alg";
    /** The id_token header has no kid. */
    public static final String MISSING_KID = "lti.missing_kid";
    /** No eligible platform key has the token's kid, even after one refetch. */
    public static final String UNKNOWN_KID = "lti.unknown_kid";
    /** The platform JWKS could not be fetched and no usable copy is cached. */
    public static final String JWKS_UNAVAILABLE = "lti.jwks_unavailable";
    /** The signature does not verify with the platform key. */
    public static final String INVALID_SIGNATURE = "lti.invalid_signature";
    /** iss is missing or differs from the registered issuer. */
    public static final String INVALID_ISSUER = "lti.invalid_issuer";
    /** aud is missing or does not contain the registered client_id. */
    public static final String INVALID_AUDIENCE = "lti.invalid_audience";
    /** aud contains an entry that cannot be a trusted audience (blank or not a string). */
    public static final String UNTRUSTED_AUDIENCE = "lti.untrusted_audience";
    /** aud has several entries but no azp. */
    public static final String MISSING_AZP = "lti.missing_azp";
    /** azp is present and differs from the registered client_id. */
    public static final String INVALID_AZP = "lti.invalid_azp";
    /** exp is missing. */
    public static final String MISSING_EXP = "lti.missing_exp";
    /** exp has passed (beyond the leeway), or iat is older than the maximum token age. */
    public static final String TOKEN_EXPIRED = "lti.token_expired";
    /** iat is missing. */
    public static final String MISSING_IAT = "lti.missing_iat";
    /** iat lies in the future beyond the leeway. */
    public static final String TOKEN_NOT_YET_VALID = "lti.token_not_yet_valid";
    /** nonce is missing. */
    public static final String MISSING_NONCE = "lti.missing_nonce";
    /** nonce differs from the one saved with the state. */
    public static final String NONCE_MISMATCH = "lti.nonce_mismatch";
    /** nonce was already used by an accepted launch. */
    public static final String NONCE_REPLAYED = "lti.nonce_replayed";
    /** The deployment_id claim is missing or blank. */
    public static final String MISSING_DEPLOYMENT = "lti.missing_deployment";
    /** The deployment_id claim is longer than 255 characters or not a string. */
    public static final String INVALID_DEPLOYMENT = "lti.invalid_deployment";
    /** The deployment id is not known for the registration. */
    public static final String UNKNOWN_DEPLOYMENT = "lti.unknown_deployment";
    /** The version claim is missing or not "1.3.0". */
    public static final String INVALID_VERSION = "lti.invalid_version";
    /** The message_type claim is missing or not one the tool supports. */
    public static final String UNSUPPORTED_MESSAGE_TYPE = "lti.unsupported_message_type";
    /** The roles claim is missing, not an array, or has a non-string entry. */
    public static final String INVALID_ROLES = "lti.invalid_roles";
    /** A resource-link launch has no resource_link claim. */
    public static final String MISSING_RESOURCE_LINK = "lti.missing_resource_link";
    /** The resource_link claim is not an object or its id is blank or too long. */
    public static final String INVALID_RESOURCE_LINK = "lti.invalid_resource_link";
    /** A resource-link launch has no target_link_uri claim. */
    public static final String MISSING_TARGET_LINK_URI = "lti.missing_target_link_uri";
    /** A deep-linking request has no usable deep_linking_settings.deep_link_return_url. */
    public static final String INVALID_DEEP_LINKING_SETTINGS = "lti.invalid_deep_linking_settings";
    /** sub is present but blank, too long or not a string. */
    public static final String INVALID_SUB = "lti.invalid_sub";
    /** sub is absent but name, given_name, family_name or email is present. */
    public static final String ANONYMOUS_WITH_IDENTITY = "lti.anonymous_with_identity";
    /** The context claim is not an object or its id is blank or too long. */
    public static final String INVALID_CONTEXT = "lti.invalid_context";
    /** Another optional claim has the wrong shape (custom, launch_presentation, tool_platform, names). */
    public static final String INVALID_CLAIM = "lti.invalid_claim";
    /** A valid launch names no installed widget (neither {@code childsafe_widget} nor the target link path). */
    public static final String UNKNOWN_WIDGET = "lti.unknown_widget";
    /** A valid deep-linking request from a user who may not add content (not instructor, admin or content developer). */
    public static final String DEEP_LINKING_FORBIDDEN = "lti.deep_linking_forbidden";

    private static final Set<String> BAD_REQUEST = Set.of(MISSING_PARAM, INVALID_PARAM, UNKNOWN_ISSUER,
            UNKNOWN_CLIENT, AMBIGUOUS_CLIENT, INVALID_TARGET_LINK_URI, INVALID_LOGIN_HINT, UNKNOWN_WIDGET);

    private LtiErrors() {
    }

    /**
     * The HTTP status the web layer answers a failure with.
     *
     * @param code a code from this class
     * @return 400 for login-initiation and request-shape errors; 403 for a valid launch the user's role does not
     *         allow; 401 for everything else, including
     *         unknown codes (fail closed: an unrecognised failure is treated as an authentication one)
     */
    public static int httpStatus(String code) {
        if (DEEP_LINKING_FORBIDDEN.equals(code)) {
            return 403;
        }
        return BAD_REQUEST.contains(code) ? 400 : 401;
    }
}
