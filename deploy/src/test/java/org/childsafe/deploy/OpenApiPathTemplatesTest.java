package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiPathTemplatesTest {

    @Test
    void keepsOnlyTheNamesOfTemplatesWithRegularExpressions() {
        assertThat(OpenApiPathTemplates.templateNamesOnly("/admin/registrations/{id: [0-9]{1,18}}/deployments/{deploymentId}"
                + "/counselors/{userId: [0-9]{1,18}}")).isEqualTo("/admin/registrations/{id}/deployments/{deploymentId}"
                + "/counselors/{userId}");
        assertThat(OpenApiPathTemplates.templateNamesOnly("/x/{ id :\\d+}")).isEqualTo("/x/{id}");
    }

    @Test
    void leavesPlainPathsAlone() {
        assertThat(OpenApiPathTemplates.templateNamesOnly("/urlcheck/p/{publicId}/check")).isEqualTo("/urlcheck/p/{publicId}/check");
        assertThat(OpenApiPathTemplates.templateNamesOnly("/lti/jwks")).isEqualTo("/lti/jwks");
    }
}
