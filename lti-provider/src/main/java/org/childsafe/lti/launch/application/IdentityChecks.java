package org.childsafe.lti.launch.application;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * The user identity (LTI Core 1.3 §5.3.6) and the optional claims the tool reads (LTI Core
 * §5.4.1–§5.4.6). Optional claims are validated only when present; a wrong shape is a rejection
 * rather than being ignored, because later code would otherwise meet it unchecked.
 */
final class IdentityChecks {

    static final List<String> IDENTITY_CLAIMS =
            List.of(LtiClaims.NAME, LtiClaims.GIVEN_NAME, LtiClaims.FAMILY_NAME, LtiClaims.EMAIL);

    private IdentityChecks() {
    }

    /**
     * LTI Core §5.3.6: sub, when present, is non-blank and at most 255 characters; without sub
     * (anonymous launch) no other identity claim may be present (name, given_name, family_name,
     * email), and when present they are strings.
     */
    static LaunchCheck subjectOrAnonymous() {
        return new LaunchCheck("sub", LtiErrors.INVALID_SUB, t -> {
            Map<String, Object> raw = t.raw();
            for (String claim : IDENTITY_CLAIMS) {
                ClaimReader.string(raw, claim, LtiErrors.INVALID_CLAIM);
            }
            if (raw.get(LtiClaims.SUBJECT) != null) {
                ClaimReader.identifier(raw, LtiClaims.SUBJECT, LtiErrors.INVALID_SUB);
            } else if (IDENTITY_CLAIMS.stream().anyMatch(claim -> raw.get(claim) != null)) {
                throw new InvalidLaunchException(LtiErrors.ANONYMOUS_WITH_IDENTITY, "no sub but identity claims present");
            }
        });
    }

    /** LTI Core §5.4.1: context, when present, has an id of at most 255; title and label are strings. */
    static LaunchCheck contextShape() {
        String code = LtiErrors.INVALID_CONTEXT;
        return new LaunchCheck("context", code, t -> {
            Optional<Map<String, Object>> context = ClaimReader.object(t.raw(), LtiClaims.CONTEXT, code);
            if (context.isPresent()) {
                ClaimReader.identifier(context.get(), LtiClaims.MEMBER_ID, code);
                ClaimReader.string(context.get(), LtiClaims.MEMBER_TITLE, code);
                ClaimReader.string(context.get(), LtiClaims.MEMBER_LABEL, code);
            }
        });
    }

    /** LTI Core §5.4.6: custom, when present, is an object whose values are all strings. */
    static LaunchCheck customIsStringMap() {
        return new LaunchCheck("custom", LtiErrors.INVALID_CLAIM, t -> {
            Optional<Map<String, Object>> custom = ClaimReader.object(t.raw(), LtiClaims.CUSTOM, LtiErrors.INVALID_CLAIM);
            if (custom.isPresent() && !custom.get().values().stream().allMatch(String.class::isInstance)) {
                throw new InvalidLaunchException(LtiErrors.INVALID_CLAIM, "custom has a non-string value");
            }
        });
    }

    /**
     * LTI Core §5.4.4 and §5.4.2: launch_presentation members are strings and return_url is an
     * absolute http(s) URI (the tool may send the user there, so no {@code javascript:} URLs);
     * tool_platform.guid is at most 255 characters.
     */
    static LaunchCheck presentationAndPlatformShape() {
        String code = LtiErrors.INVALID_CLAIM;
        return new LaunchCheck("launch_presentation", code, t -> {
            Optional<Map<String, Object>> presentation = ClaimReader.object(t.raw(), LtiClaims.LAUNCH_PRESENTATION, code);
            if (presentation.isPresent()) {
                ClaimReader.string(presentation.get(), LtiClaims.MEMBER_LOCALE, code);
                ClaimReader.string(presentation.get(), LtiClaims.MEMBER_DOCUMENT_TARGET, code);
                Optional<String> returnUrl = ClaimReader.string(presentation.get(), LtiClaims.MEMBER_RETURN_URL, code);
                if (returnUrl.isPresent() && !ToolOrigin.isHttp(new URI(returnUrl.get()))) {
                    throw new InvalidLaunchException(code, "return_url is not an absolute http(s) URI");
                }
            }
            Optional<Map<String, Object>> platform = ClaimReader.object(t.raw(), LtiClaims.TOOL_PLATFORM, code);
            Optional<String> guid = platform.flatMap(p -> ClaimReader.string(p, LtiClaims.MEMBER_GUID, code));
            if (guid.isPresent() && guid.get().length() > ClaimReader.MAX_ID) {
                throw new InvalidLaunchException(code, "tool_platform.guid longer than 255");
            }
        });
    }
}
