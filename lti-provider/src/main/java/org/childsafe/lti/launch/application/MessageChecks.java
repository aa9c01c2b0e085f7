package org.childsafe.lti.launch.application;

import java.net.URI;
import java.util.Map;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;

/**
 * Claims that depend on the message type (LTI Core 1.3 §5.3.4–§5.3.5; Deep Linking 2.0,
 * https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-request-message).
 */
final class MessageChecks {

    private MessageChecks() {
    }

    /** LTI Core §5.3.5: a resource-link launch has resource_link with an id of at most 255. */
    static LaunchCheck resourceLinkPresent() {
        return new LaunchCheck("resource_link", LtiErrors.INVALID_RESOURCE_LINK, t -> {
            if (t.messageType() != LtiMessageType.RESOURCE_LINK) {
                return;
            }
            Map<String, Object> link = ClaimReader.object(t.raw(), LtiClaims.RESOURCE_LINK, LtiErrors.INVALID_RESOURCE_LINK)
                    .orElseThrow(() -> new InvalidLaunchException(LtiErrors.MISSING_RESOURCE_LINK, "no resource_link"));
            ClaimReader.identifier(link, LtiClaims.MEMBER_ID, LtiErrors.INVALID_RESOURCE_LINK);
            ClaimReader.string(link, LtiClaims.MEMBER_TITLE, LtiErrors.INVALID_RESOURCE_LINK);
        });
    }

    /**
     * LTI Core §5.3.4: target_link_uri is required for a resource-link launch and, whenever
     * present, must be an absolute http(s) URI on the tool origin.
     *
     * <p>Rule chosen: same origin, not string equality with the login's target_link_uri. §5.3.4
     * obliges the platform to repeat the login value, but the login value is unsigned while this
     * one is signed, and the only property the tool relies on is that it never redirects off its
     * own origin; exact equality would add false rejections (normalisation of trailing slashes or
     * query order) without adding protection. The login value was itself checked for the origin.
     */
    static LaunchCheck targetLinkUriOnToolOrigin(ToolOrigin origin) {
        return new LaunchCheck("target_link_uri", LtiErrors.INVALID_TARGET_LINK_URI, t -> {
            String target = ClaimReader.string(t.raw(), LtiClaims.TARGET_LINK_URI, LtiErrors.INVALID_TARGET_LINK_URI)
                    .orElse(null);
            if (target == null) {
                if (t.messageType() == LtiMessageType.RESOURCE_LINK) {
                    throw new InvalidLaunchException(LtiErrors.MISSING_TARGET_LINK_URI, "no target_link_uri");
                }
                return;
            }
            if (origin.parseOnOrigin(target).isEmpty()) {
                throw new InvalidLaunchException(LtiErrors.INVALID_TARGET_LINK_URI, "target_link_uri not on the tool origin");
            }
        });
    }

    /**
     * Deep Linking 2.0 request message (https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-request-message):
     * deep_linking_settings with an absolute http(s) deep_link_return_url.
     */
    static LaunchCheck deepLinkingSettingsPresent() {
        String code = LtiErrors.INVALID_DEEP_LINKING_SETTINGS;
        return new LaunchCheck("deep_linking_settings", code, t -> {
            if (t.messageType() != LtiMessageType.DEEP_LINKING) {
                return;
            }
            Map<String, Object> settings = ClaimReader.object(t.raw(), LtiClaims.DL_DEEP_LINKING_SETTINGS, code)
                    .orElseThrow(() -> new InvalidLaunchException(code, "no deep_linking_settings"));
            String returnUrl = ClaimReader.string(settings, LtiClaims.MEMBER_DEEP_LINK_RETURN_URL, code)
                    .orElseThrow(() -> new InvalidLaunchException(code, "no deep_link_return_url"));
            if (!ToolOrigin.isHttp(new URI(returnUrl))) {
                throw new InvalidLaunchException(code, "deep_link_return_url is not an absolute http(s) URI");
            }
        });
    }
}
