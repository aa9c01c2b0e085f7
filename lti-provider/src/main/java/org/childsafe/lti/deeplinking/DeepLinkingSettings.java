package org.childsafe.lti.deeplinking;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;

/**
 * The {@code deep_linking_settings} of a verified {@code LtiDeepLinkingRequest} (Deep Linking 2.0 §4.4.1), plus who
 * asked: what the tool needs to answer the request later, from the picker page.
 *
 * <p>Invariants: returnUrl, issuer, clientId and deploymentId are present; lists are unmodifiable copies;
 * {@link #data()} is the {@code data} member exactly as received (usually a string, any JSON value is kept), or null.
 *
 * @param returnUrl             deep_link_return_url
 * @param acceptTypes           accept_types, e.g. {@code ltiResourceLink}
 * @param acceptMultiple        accept_multiple (false when absent: at most one item)
 * @param acceptDocumentTargets accept_presentation_document_targets
 * @param acceptLineItem        accept_lineitem (false when absent)
 * @param data                  opaque data to echo exactly, may be null
 * @param registrationId        registration of the request
 * @param issuer                platform issuer (the response's audience)
 * @param clientId              the tool's client_id (the response's issuer)
 * @param deploymentId          deployment id, echoed in the response
 */
public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes, boolean acceptMultiple,
                                  List<String> acceptDocumentTargets, boolean acceptLineItem, Serializable data,
                                  long registrationId, String issuer, String clientId, String deploymentId)
        implements Serializable {

    /** Session attribute holding the pending settings. */
    public static final String SESSION_ATTRIBUTE = DeepLinkingSettings.class.getName();
    /** The only content item type the tool produces. */
    public static final String LTI_RESOURCE_LINK = "ltiResourceLink";

    private static final long serialVersionUID = 1L;

    public DeepLinkingSettings {
        Objects.requireNonNull(returnUrl, "deep_link_return_url is required.");
        Objects.requireNonNull(issuer, "Issuer is required.");
        Objects.requireNonNull(clientId, "Client id is required.");
        Objects.requireNonNull(deploymentId, "Deployment id is required.");
        acceptTypes = List.copyOf(acceptTypes);
        acceptDocumentTargets = List.copyOf(acceptDocumentTargets);
    }

    /**
     * Reads the settings of a verified deep-linking launch. The verifier already refused a request without an
     * absolute deep_link_return_url; this fails closed again rather than trusting that.
     *
     * @throws InvalidLaunchException {@link LtiErrors#INVALID_DEEP_LINKING_SETTINGS} if the settings are unusable
     */
    public static DeepLinkingSettings from(LaunchClaims claims) {
        String code = LtiErrors.INVALID_DEEP_LINKING_SETTINGS;
        if (claims.messageType() != LtiMessageType.DEEP_LINKING
                || !(claims.claims().get(LtiClaims.DL_DEEP_LINKING_SETTINGS) instanceof Map<?, ?> settings)) {
            throw new InvalidLaunchException(code, "no deep_linking_settings");
        }
        if (!(settings.get(LtiClaims.MEMBER_DEEP_LINK_RETURN_URL) instanceof String returnUrl) || returnUrl.isBlank()) {
            throw new InvalidLaunchException(code, "no deep_link_return_url");
        }
        return new DeepLinkingSettings(returnUrl, strings(settings.get(LtiClaims.MEMBER_ACCEPT_TYPES)),
                Boolean.TRUE.equals(settings.get(LtiClaims.MEMBER_ACCEPT_MULTIPLE)),
                strings(settings.get(LtiClaims.MEMBER_ACCEPT_PRESENTATION_DOCUMENT_TARGETS)),
                Boolean.TRUE.equals(settings.get(LtiClaims.MEMBER_ACCEPT_LINEITEM)),
                serializable(settings.get(LtiClaims.MEMBER_DATA)), claims.registrationId(), claims.issuer(),
                claims.clientId(), claims.deploymentId());
    }

    /** @return true when the platform accepts {@code ltiResourceLink} items, the only kind the tool offers */
    public boolean acceptsResourceLinks() {
        return acceptTypes.contains(LTI_RESOURCE_LINK);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : List.of();
    }

    /** Keeps the data value as received; JSON objects and arrays become serializable copies. */
    private static Serializable serializable(Object value) {
        if (value == null || value instanceof Serializable && !(value instanceof Map) && !(value instanceof List)) {
            return (Serializable) value;
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<String, Serializable>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), serializable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            var copy = new java.util.ArrayList<Serializable>();
            list.forEach(v -> copy.add(serializable(v)));
            return copy;
        }
        return String.valueOf(value);
    }
}
