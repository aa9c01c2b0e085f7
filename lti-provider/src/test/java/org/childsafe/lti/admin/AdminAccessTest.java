package org.childsafe.lti.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resolving who administers from the session, failing closed on anything unexpected. */
class AdminAccessTest {

    private final AdminAccess access = new AdminAccess(new SessionLtiAdminPrincipalSource());

    @Test
    void toolAdminSessionIsToolAdmin() {
        ServletDoubles.Request request = ServletDoubles.request(Map.of(AdminAccess.TOOL_ADMIN_ATTRIBUTE, Boolean.TRUE));

        assertThat(access.fromSession(request.proxy())).hasValueSatisfying(scope -> assertThat(scope.isToolAdmin()).isTrue());
    }

    @Test
    void ltiAdministratorSessionIsLimitedToItsRegistration() {
        ServletDoubles.Request request = ServletDoubles.request(Map.of(
                LtiAdminPrincipalSource.REGISTRATION_ID_ATTRIBUTE, 12L, LtiAdminPrincipalSource.USER_ID_ATTRIBUTE, 34L));

        assertThat(access.fromSession(request.proxy())).hasValueSatisfying(scope -> {
            assertThat(scope.isToolAdmin()).isFalse();
            assertThat(scope.registrationId()).contains(12L);
            assertThat(scope.actor()).isEqualTo("lti-admin:12:34");
        });
    }

    @Test
    void toolAdminWinsWhenBothApply() {
        Map<String, Object> both = new HashMap<>();
        both.put(AdminAccess.TOOL_ADMIN_ATTRIBUTE, Boolean.TRUE);
        both.put(LtiAdminPrincipalSource.REGISTRATION_ID_ATTRIBUTE, 12L);

        assertThat(access.fromSession(ServletDoubles.request(both).proxy())).hasValueSatisfying(
                scope -> assertThat(scope.isToolAdmin()).isTrue());
    }

    @Test
    void attributesOfTheWrongTypeOrValueGrantNothing() {
        assertThat(access.fromSession(ServletDoubles.request(Map.of(AdminAccess.TOOL_ADMIN_ATTRIBUTE, "true")).proxy())).isEmpty();
        assertThat(access.fromSession(ServletDoubles.request(
                Map.of(LtiAdminPrincipalSource.REGISTRATION_ID_ATTRIBUTE, 12)).proxy())).isEmpty();
        assertThat(access.fromSession(ServletDoubles.request(
                Map.of(LtiAdminPrincipalSource.REGISTRATION_ID_ATTRIBUTE, 0L)).proxy())).isEmpty();
        assertThat(access.fromSession(ServletDoubles.request(Map.of()).proxy())).isEmpty();
    }

    @Test
    void requestWithoutSessionIsNoAdministratorAndGetsNoSession() {
        ServletDoubles.Request request = ServletDoubles.request(null);

        assertThat(access.fromSession(request.proxy())).isEmpty();
        assertThat(request.sessionCreated).isFalse();
    }
}
