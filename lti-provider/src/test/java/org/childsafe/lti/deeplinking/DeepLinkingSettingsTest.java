package org.childsafe.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.junit.jupiter.api.Test;

/** Reading deep_linking_settings from a verified launch. */
class DeepLinkingSettingsTest {

    @Test
    void readsEverySetting() {
        DeepLinkingSettings settings = DeepLinkingSettings.from(DeepLinkingTestData.launch(
                DeepLinkingTestData.settingsClaim()));

        assertThat(settings.returnUrl()).isEqualTo(DeepLinkingTestData.RETURN_URL);
        assertThat(settings.acceptTypes()).containsExactly("ltiResourceLink");
        assertThat(settings.acceptsResourceLinks()).isTrue();
        assertThat(settings.acceptMultiple()).isTrue();
        assertThat(settings.acceptLineItem()).isTrue();
        assertThat(settings.acceptDocumentTargets()).containsExactly("iframe", "window");
        assertThat(settings.data()).isEqualTo(DeepLinkingTestData.DATA);
        assertThat(settings.issuer()).isEqualTo(DeepLinkingTestData.ISSUER);
        assertThat(settings.clientId()).isEqualTo(DeepLinkingTestData.CLIENT_ID);
        assertThat(settings.deploymentId()).isEqualTo(DeepLinkingTestData.DEPLOYMENT_ID);
        assertThat(settings.registrationId()).isEqualTo(7L);
    }

    @Test
    void absentAcceptFlagsMeanNo() {
        Map<String, Object> claim = DeepLinkingTestData.settingsClaim();
        claim.remove(LtiClaims.MEMBER_ACCEPT_MULTIPLE);
        claim.remove(LtiClaims.MEMBER_ACCEPT_LINEITEM);
        claim.remove(LtiClaims.MEMBER_DATA);

        DeepLinkingSettings settings = DeepLinkingSettings.from(DeepLinkingTestData.launch(claim));

        assertThat(settings.acceptMultiple()).isFalse();
        assertThat(settings.acceptLineItem()).isFalse();
        assertThat(settings.data()).isNull();
    }

    @Test
    void refusesMissingReturnUrl() {
        Map<String, Object> claim = DeepLinkingTestData.settingsClaim();
        claim.remove(LtiClaims.MEMBER_DEEP_LINK_RETURN_URL);

        InvalidLaunchException e = assertThrows(InvalidLaunchException.class,
                () -> DeepLinkingSettings.from(DeepLinkingTestData.launch(claim)));
        assertThat(e.code()).isEqualTo(LtiErrors.INVALID_DEEP_LINKING_SETTINGS);
    }

    @Test
    void refusesMissingSettingsClaim() {
        assertThrows(InvalidLaunchException.class, () -> DeepLinkingSettings.from(DeepLinkingTestData.launch(null)));
    }
}
