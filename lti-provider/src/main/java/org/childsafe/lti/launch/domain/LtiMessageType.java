package org.childsafe.lti.launch.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The LTI message types the tool understands (LTI Core 1.3 §5.3.1; Deep Linking 2.0,
 * https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-request-message).
 *
 * <p>Invariant: {@link #claimValue()} is the exact, case-sensitive value of the
 * {@link LtiClaims#MESSAGE_TYPE} claim.
 */
public enum LtiMessageType {

    /** A launch from a resource link. */
    RESOURCE_LINK("LtiResourceLinkRequest"),
    /** A request to pick content and return it to the platform. */
    DEEP_LINKING("LtiDeepLinkingRequest");

    private final String claimValue;

    LtiMessageType(String claimValue) {
        this.claimValue = claimValue;
    }

    /** @return the exact claim value */
    public String claimValue() {
        return claimValue;
    }

    /**
     * @param value a message_type claim value, may be null
     * @return the type whose claim value equals {@code value} exactly, or empty
     */
    public static Optional<LtiMessageType> fromClaim(String value) {
        return Arrays.stream(values()).filter(t -> t.claimValue.equals(value)).findFirst();
    }
}
