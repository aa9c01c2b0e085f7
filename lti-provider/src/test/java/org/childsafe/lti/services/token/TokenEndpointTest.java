package org.childsafe.lti.services.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.childsafe.lti.registration.domain.PlatformEndpoints;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.registration.domain.RegistrationOrigin;
import org.childsafe.lti.testplatform.MutableClock;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {

    @Test
    void takesTokenUrlAndAudienceFromRegistration() {
        TokenEndpoint endpoint = TokenEndpoint.of(registration("https://lms.example/token", "https://lms.example/aud"));

        assertThat(endpoint.clientId()).isEqualTo("client-1");
        assertThat(endpoint.tokenUrl()).isEqualTo(URI.create("https://lms.example/token"));
        assertThat(endpoint.assertionAudience()).isEqualTo("https://lms.example/aud");
    }

    @Test
    void usesTokenUrlAsAudienceWhenNoneConfigured() {
        TokenEndpoint endpoint = TokenEndpoint.of(registration("https://lms.example/token", ""));

        assertThat(endpoint.assertionAudience()).isEqualTo("https://lms.example/token");
    }

    @Test
    void refusesRegistrationWithoutTokenUrl() {
        assertThrows(IllegalArgumentException.class, () -> TokenEndpoint.of(registration("", "")));
    }

    private static Registration registration(String tokenUrl, String audience) {
        return new Registration("https://lms.example", "client-1", PlatformEndpoints.of("https://lms.example/auth",
                "https://lms.example/jwks", tokenUrl, audience), "LMS", RegistrationOrigin.MANUAL, MutableClock.DEFAULT_START);
    }
}
