package org.childsafe.lti.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each kind of administrator may do. */
class AdminScopeTest {

    private final AdminScope toolAdmin = AdminScope.toolAdmin();
    private final AdminScope ltiAdmin = AdminScope.ltiAdmin(12, Optional.of(34L));

    @Test
    void toolAdminManagesEveryRegistration() {
        assertThat(toolAdmin.isToolAdmin()).isTrue();
        assertThat(toolAdmin.registrationId()).isEmpty();
        assertThat(toolAdmin.canManage(12)).isTrue();
        assertThat(toolAdmin.canManage(99)).isTrue();
        assertDoesNotThrow(toolAdmin::requireToolAdmin);
    }

    @Test
    void ltiAdminManagesOnlyTheirRegistration() {
        assertThat(ltiAdmin.isToolAdmin()).isFalse();
        assertThat(ltiAdmin.registrationId()).contains(12L);
        assertThat(ltiAdmin.canManage(12)).isTrue();
        assertThat(ltiAdmin.canManage(13)).isFalse();
        assertDoesNotThrow(() -> ltiAdmin.requireManage(12));
        assertThrows(AdminScopeException.class, () -> ltiAdmin.requireManage(13));
        assertThrows(AdminScopeException.class, ltiAdmin::requireToolAdmin);
    }

    @Test
    void actorsNameTheRoleAndIdsOnly() {
        assertThat(toolAdmin.actor()).isEqualTo("tool-admin");
        assertThat(ltiAdmin.actor()).isEqualTo("lti-admin:12:34");
        assertThat(AdminScope.ltiAdmin(12, Optional.empty()).actor()).isEqualTo("lti-admin:12:unknown");
    }

    @Test
    void ltiAdminNeedsARealRegistrationId() {
        assertThrows(IllegalArgumentException.class, () -> AdminScope.ltiAdmin(0, Optional.empty()));
    }
}
