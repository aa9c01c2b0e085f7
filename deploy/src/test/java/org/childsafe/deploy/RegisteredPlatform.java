package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.childsafe.lti.testplatform.TestPlatform;

/**
 * A test platform that signs real tokens and serves its JWKS on loopback, registered with the tool under test
 * through the admin REST API, as an LMS administrator would register a real one.
 *
 * @param platform       the platform, to sign launches with
 * @param registrationId the tool's key of the new registration
 */
public record RegisteredPlatform(TestPlatform platform, long registrationId) implements AutoCloseable {

    /** Starts a platform with one deployment and registers it with the tool at {@code tool}. */
    static RegisteredPlatform register(URI tool, String issuer, String clientId, String deploymentId, String name)
            throws Exception {
        return register(tool, issuer, clientId, deploymentId, name, null);
    }

    /**
     * Starts a platform with one deployment and registers it with the tool at {@code tool}, with a token endpoint
     * (OAuth 2 client credentials) for its services, e.g. a stand-in that counts the scores it receives.
     *
     * @param tokenUrl the platform's token URL, or null for a platform without services
     */
    public static RegisteredPlatform register(URI tool, String issuer, String clientId, String deploymentId, String name,
            URI tokenUrl) throws Exception {
        TestPlatform platform = new TestPlatform(Clock.systemUTC(), issuer, clientId, deploymentId, tool);
        platform.startJwksServer();
        HttpResponse<String> created = new ToolClient(tool).admin("POST", "/api/admin/registrations", "application/json",
                "{\"issuer\":\"" + issuer + "\",\"clientId\":\"" + clientId + "\",\"displayName\":\"" + name + "\","
                        + "\"authUrl\":\"" + platform.authUri() + "\",\"jwksUrl\":\"" + platform.jwksUri() + "\","
                        + (tokenUrl == null ? "" : "\"tokenUrl\":\"" + tokenUrl + "\",")
                        + "\"deploymentIds\":[\"" + deploymentId + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        return new RegisteredPlatform(platform, id);
    }

    @Override
    public void close() {
        platform.close();
    }
}
