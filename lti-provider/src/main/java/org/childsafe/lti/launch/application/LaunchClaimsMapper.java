package org.childsafe.lti.launch.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.RoleMapper;

/** Turns a token that passed every {@link LaunchCheck} into {@link LaunchClaims}. */
final class LaunchClaimsMapper {

    private static final String CODE = LtiErrors.INVALID_CLAIM;

    private LaunchClaimsMapper() {
    }

    static LaunchClaims map(LaunchToken t) {
        Map<String, Object> raw = t.raw();
        Map<String, Object> link = member(raw, LtiClaims.RESOURCE_LINK);
        Map<String, Object> context = member(raw, LtiClaims.CONTEXT);
        Map<String, Object> presentation = member(raw, LtiClaims.LAUNCH_PRESENTATION);
        List<String> roles = roles(raw);
        return new LaunchClaims(t.registration().issuer(), t.registration().clientId(), t.registration().id(),
                text(raw, LtiClaims.DEPLOYMENT_ID), text(raw, LtiClaims.SUBJECT), t.messageType(),
                roles, RoleMapper.map(roles),
                text(link, LtiClaims.MEMBER_ID), text(link, LtiClaims.MEMBER_TITLE),
                text(context, LtiClaims.MEMBER_ID), text(context, LtiClaims.MEMBER_TITLE),
                text(context, LtiClaims.MEMBER_LABEL), text(raw, LtiClaims.TARGET_LINK_URI),
                text(presentation, LtiClaims.MEMBER_LOCALE), text(presentation, LtiClaims.MEMBER_RETURN_URL),
                text(presentation, LtiClaims.MEMBER_DOCUMENT_TARGET), custom(raw),
                text(raw, LtiClaims.NAME), text(raw, LtiClaims.GIVEN_NAME), text(raw, LtiClaims.FAMILY_NAME),
                text(raw, LtiClaims.EMAIL), raw);
    }

    private static Map<String, Object> member(Map<String, Object> raw, String claim) {
        return ClaimReader.object(raw, claim, CODE).orElse(Map.of());
    }

    private static String text(Map<String, Object> source, String name) {
        return ClaimReader.string(source, name, CODE).orElse(null);
    }

    private static List<String> roles(Map<String, Object> raw) {
        return ((List<?>) raw.get(LtiClaims.ROLES)).stream().map(String.class::cast).toList();
    }

    private static Map<String, String> custom(Map<String, Object> raw) {
        Map<String, String> custom = new LinkedHashMap<>();
        member(raw, LtiClaims.CUSTOM).forEach((key, value) -> custom.put(key, (String) value));
        return custom;
    }
}
