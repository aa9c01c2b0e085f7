package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.childsafe.lti.grades.domain.LinkEndpoint;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.services.ags.AgsEndpoint;
import org.junit.jupiter.api.Test;

class ResourceLinkMemoryTest {

    @Test
    void keepsScopesAndBothUrlsOfTheAgsClaim() {
        LinkEndpoint link = ResourceLinkMemory.endpointOf(claims(Map.of(LtiClaims.AGS_ENDPOINT, Map.of(
                "scope", List.of(AgsEndpoint.SCOPE_SCORE, AgsEndpoint.SCOPE_LINEITEM),
                "lineitems", "https://lms.example/lineitems",
                "lineitem", "https://lms.example/lineitems/4"))), GradeTestData.learner(5));

        assertThat(link.scopes()).containsExactlyInAnyOrder(AgsEndpoint.SCOPE_SCORE, AgsEndpoint.SCOPE_LINEITEM);
        assertThat(link.lineItems()).isEqualTo("https://lms.example/lineitems");
        assertThat(link.lineItem()).isEqualTo("https://lms.example/lineitems/4");
        assertThat(link.hasAgs()).isTrue();
        assertThat(link.resourceLinkId()).isEqualTo(GradeTestData.LINK);
        assertThat(link.deploymentPk()).isEqualTo(GradeTestData.DEPLOYMENT);
    }

    @Test
    void recordsNoAgsForAMissingOrMalformedClaim() {
        LinkEndpoint missing = ResourceLinkMemory.endpointOf(claims(Map.of()), GradeTestData.learner(5));
        LinkEndpoint malformed = ResourceLinkMemory.endpointOf(claims(Map.of(LtiClaims.AGS_ENDPOINT,
                Map.of("scope", "not-a-list", "lineitems", "ftp://x"))), GradeTestData.learner(5));

        assertThat(missing.hasAgs()).isFalse();
        assertThat(malformed.hasAgs()).isFalse();
        assertThat(malformed.lineItems()).isNull();
    }

    private static LaunchClaims claims(Map<String, Object> raw) {
        return new LaunchClaims("https://lms.example", "client", 3, "dep-1", "sub-5", LtiMessageType.RESOURCE_LINK,
                List.of(), java.util.Set.of(ToolRole.LEARNER), GradeTestData.LINK, null, "c", null, null, null, null,
                null, null, Map.of(), null, null, null, null, raw);
    }
}
