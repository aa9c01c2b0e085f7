package org.childsafe.lti.launch.domain;

/**
 * Names of every id_token claim (and member of an object claim) that the tool reads.
 *
 * <p>It exists so that a claim URI is spelled exactly once in the code base: all other classes
 * refer to these constants and never inline a claim URI. Sources: OIDC Core 1.0 §2 and §5.1
 * (registered claims), LTI Core 1.3 §5.3–§5.4 (https://www.imsglobal.org/spec/lti/v1p3/),
 * Deep Linking 2.0 (https://www.imsglobal.org/spec/lti-dl/v2p0), AGS 2.0
 * (https://www.imsglobal.org/spec/lti-ags/v2p0) and NRPS 2.0 (https://www.imsglobal.org/spec/lti-nrps/v2p0).
 */
public final class LtiClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String LTI_DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    /** The only value of {@link #VERSION} (LTI Core §5.3.2). */
    public static final String LTI_VERSION = "1.3.0";
    /** {@link #MESSAGE_TYPE} of the tool's answer to a deep-linking request (Deep Linking 2.0 §4.5). */
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

    // OIDC registered claims (OIDC Core §2, §5.1).
    /** Issuer. */
    public static final String ISSUER = "iss";
    /** Subject: the platform's stable user id; absent for an anonymous launch. */
    public static final String SUBJECT = "sub";
    /** Audience: a string or an array of strings. */
    public static final String AUDIENCE = "aud";
    /** Authorized party. */
    public static final String AUTHORIZED_PARTY = "azp";
    /** Expiration time (seconds since the epoch). */
    public static final String EXPIRATION = "exp";
    /** Issued-at time (seconds since the epoch). */
    public static final String ISSUED_AT = "iat";
    /** The nonce the tool sent in the authentication request. */
    public static final String NONCE = "nonce";
    /** Full name. */
    public static final String NAME = "name";
    /** Given name. */
    public static final String GIVEN_NAME = "given_name";
    /** Family name. */
    public static final String FAMILY_NAME = "family_name";
    /** E-mail address. */
    public static final String EMAIL = "email";

    // LTI Core 1.3 §5.3 required message claims.
    /** LTI Core §5.3.1. */
    public static final String MESSAGE_TYPE = LTI + "message_type";
    /** LTI Core §5.3.2. */
    public static final String VERSION = LTI + "version";
    /** LTI Core §5.3.3. */
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    /** LTI Core §5.3.4. */
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    /** LTI Core §5.3.5. */
    public static final String RESOURCE_LINK = LTI + "resource_link";
    /** LTI Core §5.3.7. */
    public static final String ROLES = LTI + "roles";

    // LTI Core 1.3 §5.4 optional message claims.
    /** LTI Core §5.4.1. */
    public static final String CONTEXT = LTI + "context";
    /** LTI Core §5.4.2. */
    public static final String TOOL_PLATFORM = LTI + "tool_platform";
    /** LTI Core §5.4.3. */
    public static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";
    /** LTI Core §5.4.4. */
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    /** LTI Core §5.4.5. */
    public static final String LIS = LTI + "lis";
    /** LTI Core §5.4.6. */
    public static final String CUSTOM = LTI + "custom";
    /** LTI 1.1 migration claim: the LTI 1.1 identity of the launch, for tools upgrading from 1.1. */
    public static final String LTI1P1 = LTI + "lti1p1";

    // LTI Advantage service claims.
    /** AGS 2.0 endpoint claim (line item container, line item, scopes). */
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    /** NRPS 2.0 service claim (context_memberships_url, service_versions). */
    public static final String NRPS_NAMES_ROLE_SERVICE =
            "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    // Deep Linking 2.0.
    /** Deep Linking settings claim of an LtiDeepLinkingRequest. */
    public static final String DL_DEEP_LINKING_SETTINGS = LTI_DL + "deep_linking_settings";
    /** Deep Linking content items of an LtiDeepLinkingResponse. */
    public static final String DL_CONTENT_ITEMS = LTI_DL + "content_items";
    /** Deep Linking opaque data, echoed back unchanged. */
    public static final String DL_DATA = LTI_DL + "data";
    /** Deep Linking user-facing message. */
    public static final String DL_MSG = LTI_DL + "msg";
    /** Deep Linking log message. */
    public static final String DL_LOG = LTI_DL + "log";
    /** Deep Linking user-facing error message. */
    public static final String DL_ERRORMSG = LTI_DL + "errormsg";
    /** Deep Linking error log message. */
    public static final String DL_ERRORLOG = LTI_DL + "errorlog";

    // Members of object claims.
    /** {@code id} member of resource_link and context. */
    public static final String MEMBER_ID = "id";
    /** {@code title} member of resource_link and context. */
    public static final String MEMBER_TITLE = "title";
    /** {@code label} member of context. */
    public static final String MEMBER_LABEL = "label";
    /** {@code guid} member of tool_platform. */
    public static final String MEMBER_GUID = "guid";
    /** {@code locale} member of launch_presentation. */
    public static final String MEMBER_LOCALE = "locale";
    /** {@code return_url} member of launch_presentation. */
    public static final String MEMBER_RETURN_URL = "return_url";
    /** {@code document_target} member of launch_presentation. */
    public static final String MEMBER_DOCUMENT_TARGET = "document_target";
    /** {@code deep_link_return_url} member of deep_linking_settings. */
    public static final String MEMBER_DEEP_LINK_RETURN_URL = "deep_link_return_url";
    /** {@code scope} member of the AGS endpoint claim: the scopes the tool may request (AGS 2.0 §3.1). */
    public static final String MEMBER_SCOPE = "scope";
    /** {@code lineitems} member of the AGS endpoint claim: the line item container URL (AGS 2.0 §3.1). */
    public static final String MEMBER_LINEITEMS = "lineitems";
    /** {@code lineitem} member of the AGS endpoint claim: the link's single line item, if any (AGS 2.0 §3.1). */
    public static final String MEMBER_LINEITEM = "lineitem";
    /** {@code context_memberships_url} member of the NRPS claim: the membership container URL (NRPS 2.0 §3.6.1). */
    public static final String MEMBER_CONTEXT_MEMBERSHIPS_URL = "context_memberships_url";
    /** {@code service_versions} member of the NRPS claim, e.g. {@code ["2.0"]} (NRPS 2.0 §3.6.1). */
    public static final String MEMBER_SERVICE_VERSIONS = "service_versions";
    /** {@code accept_types} member of deep_linking_settings. */
    public static final String MEMBER_ACCEPT_TYPES = "accept_types";
    /** {@code accept_multiple} member of deep_linking_settings. */
    public static final String MEMBER_ACCEPT_MULTIPLE = "accept_multiple";
    /** {@code accept_presentation_document_targets} member of deep_linking_settings. */
    public static final String MEMBER_ACCEPT_PRESENTATION_DOCUMENT_TARGETS = "accept_presentation_document_targets";
    /** {@code accept_lineitem} member of deep_linking_settings. */
    public static final String MEMBER_ACCEPT_LINEITEM = "accept_lineitem";
    /** {@code data} member of deep_linking_settings, echoed as {@link #DL_DATA}. */
    public static final String MEMBER_DATA = "data";

    // Members of a Deep Linking content item (Deep Linking 2.0 §3.1, §3.2).
    /** {@code type} of a content item. */
    public static final String ITEM_TYPE = "type";
    /** {@code title} of a content item. */
    public static final String ITEM_TITLE = "title";
    /** {@code text} of a content item. */
    public static final String ITEM_TEXT = "text";
    /** {@code url} of a content item. */
    public static final String ITEM_URL = "url";
    /** {@code custom} parameters of an ltiResourceLink item. */
    public static final String ITEM_CUSTOM = "custom";
    /** {@code lineItem} of an ltiResourceLink item. */
    public static final String ITEM_LINE_ITEM = "lineItem";
    /** {@code scoreMaximum} of a lineItem. */
    public static final String LINE_ITEM_SCORE_MAXIMUM = "scoreMaximum";
    /** {@code label} of a lineItem. */
    public static final String LINE_ITEM_LABEL = "label";
    /** {@code resourceId} of a lineItem. */
    public static final String LINE_ITEM_RESOURCE_ID = "resourceId";
    /** {@code tag} of a lineItem. */
    public static final String LINE_ITEM_TAG = "tag";

    private LtiClaims() {
    }
}
