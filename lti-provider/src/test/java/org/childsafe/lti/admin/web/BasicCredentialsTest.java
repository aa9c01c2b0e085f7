package org.childsafe.lti.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Reading {@code Authorization: Basic} (RFC 7617). */
class BasicCredentialsTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNameAndPasswordWhichMayContainColons() {
        assertThat(BasicCredentials.parse(basic("admin:pa:ss word"))).hasValueSatisfying(c -> {
            assertThat(c.username()).isEqualTo("admin");
            assertThat(new String(c.password())).isEqualTo("pa:ss word");
        });
    }

    @Test
    void schemeIsCaseInsensitiveAndTextIsUtf8() {
        assertThat(BasicCredentials.parse(basic("quảntrị:mật-khẩu").replace("Basic", "bASIC")))
                .hasValueSatisfying(c -> assertThat(c.username()).isEqualTo("quảntrị"));
    }

    @Test
    void otherSchemesAreNotBasicCredentials() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc.def.ghi")).isEmpty();
    }

    @Test
    void undecodableBasicHeaderIsAnAttemptThatCannotSucceed() {
        assertThat(BasicCredentials.parse("Basic %%%")).hasValueSatisfying(c -> {
            assertThat(c.username()).isEmpty();
            assertThat(c.password()).isEmpty();
        });
        assertThat(BasicCredentials.parse(basic("no-colon"))).hasValueSatisfying(c -> assertThat(c.username()).isEmpty());
    }
}
