package org.childsafe.lti.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checking the tool administrator's user name and password. */
class AdminCredentialsTest {

    private static final PasswordHash HASH = PasswordHash.of("s3cret-enough-password".toCharArray());

    private static AdminConfig config() {
        AdminConfig config = new AdminConfig();
        config.username = "admin";
        return config;
    }

    @Test
    void acceptsOnlyTheRightNameAndPassword() {
        AdminCredentials credentials = new AdminCredentials(config(), HASH);

        assertThat(credentials.verify("admin", "s3cret-enough-password".toCharArray())).isTrue();
        assertThat(credentials.verify("Admin", "s3cret-enough-password".toCharArray())).isFalse();
        assertThat(credentials.verify("admin", "wrong".toCharArray())).isFalse();
        assertThat(credentials.verify(null, null)).isFalse();
    }

    @Test
    void refusesEverythingBeforeAPasswordIsInPlace() {
        AdminCredentials credentials = new AdminCredentials(config(), null);

        assertThat(credentials.isReady()).isFalse();
        assertThat(credentials.verify("admin", "".toCharArray())).isFalse();
    }
}
