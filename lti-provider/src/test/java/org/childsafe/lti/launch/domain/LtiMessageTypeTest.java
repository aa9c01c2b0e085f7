package org.childsafe.lti.launch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LtiMessageTypeTest {

    @Test
    void findsTypesByTheirExactClaimValue() {
        assertThat(LtiMessageType.fromClaim("LtiResourceLinkRequest")).contains(LtiMessageType.RESOURCE_LINK);
        assertThat(LtiMessageType.fromClaim("LtiDeepLinkingRequest")).contains(LtiMessageType.DEEP_LINKING);
    }

    @Test
    void rejectsOtherCasingUnknownValuesAndNull() {
        assertThat(LtiMessageType.fromClaim("ltiresourcelinkrequest")).isEmpty();
        assertThat(LtiMessageType.fromClaim("LtiSubmissionReviewRequest")).isEmpty();
        assertThat(LtiMessageType.fromClaim(null)).isEmpty();
    }
}
