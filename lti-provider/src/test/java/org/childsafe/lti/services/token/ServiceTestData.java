package org.childsafe.lti.services.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.childsafe.lti.testplatform.StubPlatformServices;

/** Factories for service client tests: one tool key for all, and the client stack wired to a stub platform. */
public final class ServiceTestData {

    public static final String CLIENT_ID = "tool-client-1";
    public static final RSAKey TOOL_KEY = generate("tool-key-7");

    private ServiceTestData() {
    }

    public static TokenEndpoint endpoint(StubPlatformServices stub) {
        return new TokenEndpoint("42", CLIENT_ID, stub.url("/token"), Optional.empty());
    }

    /** 1 s connect, 300 ms per request, 4 KiB per body: small, so timeout and size tests are fast. */
    public static ServiceHttp http() {
        return new ServiceHttp(Duration.ofSeconds(1), Duration.ofMillis(300), 4096);
    }

    public static AccessTokenClient tokenClient(Clock clock) {
        return new AccessTokenClient(http(), new ClientAssertion(() -> TOOL_KEY, clock));
    }

    public static ServiceClient serviceClient(Clock clock) {
        ServiceHttp http = http();
        return new ServiceClient(http, new TokenCache(new AccessTokenClient(http, new ClientAssertion(() -> TOOL_KEY, clock)), clock));
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
