package org.childsafe.lti.deeplinking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.plugin.DeepLinkItem;

/** Deep-linking requests and items for tests. */
final class DeepLinkingTestData {

    static final String ISSUER = "https://lms.school.edu.vn";
    static final String CLIENT_ID = "childsafe-client";
    static final String DEPLOYMENT_ID = "dep-1";
    static final String RETURN_URL = ISSUER + "/mod/lti/contentitem_return.php";
    static final String DATA = "csrf=\u00e9t\u00e9 \"quoted\" & <opaque>";

    static final DeepLinkItem LESSONS = new DeepLinkItem("lessons", "lessons", "Safety lessons", "Lessons.",
            Map.of(), new DeepLinkItem.LineItemSpec(100, "Safety lessons", "lessons", "childsafe-lesson"), "S");
    static final DeepLinkItem REPORT = new DeepLinkItem("report", "report", "Report a problem", null, Map.of(), null,
            null);

    private DeepLinkingTestData() {
    }

    static DeepLinkingSettings settings(boolean acceptMultiple, boolean acceptLineItem) {
        return new DeepLinkingSettings(RETURN_URL, List.of("ltiResourceLink", "link"), acceptMultiple,
                List.of("iframe", "window"), acceptLineItem, DATA, 7L, ISSUER, CLIENT_ID, DEPLOYMENT_ID);
    }

    /** The settings claim of a typical Moodle request. */
    static Map<String, Object> settingsClaim() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(LtiClaims.MEMBER_DEEP_LINK_RETURN_URL, RETURN_URL);
        settings.put(LtiClaims.MEMBER_ACCEPT_TYPES, List.of("ltiResourceLink"));
        settings.put(LtiClaims.MEMBER_ACCEPT_PRESENTATION_DOCUMENT_TARGETS, List.of("iframe", "window"));
        settings.put(LtiClaims.MEMBER_ACCEPT_MULTIPLE, true);
        settings.put(LtiClaims.MEMBER_ACCEPT_LINEITEM, true);
        settings.put(LtiClaims.MEMBER_DATA, DATA);
        return settings;
    }

    static LaunchClaims launch(Map<String, Object> settingsClaim) {
        Map<String, Object> raw = new LinkedHashMap<>();
        if (settingsClaim != null) {
            raw.put(LtiClaims.DL_DEEP_LINKING_SETTINGS, settingsClaim);
        }
        return new LaunchClaims(ISSUER, CLIENT_ID, 7L, DEPLOYMENT_ID, "teacher-1", LtiMessageType.DEEP_LINKING,
                List.of(), Set.of(ToolRole.INSTRUCTOR), null, null, "course-1", null, null, null, null, null, null,
                Map.of(), null, null, null, null, raw);
    }
}
