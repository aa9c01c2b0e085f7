package org.childsafe.lti.services.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;

/**
 * Requests an access token with the client credentials grant and a JWT client assertion (IMS Security Framework
 * 1.0 §4.1; RFC 6749 §4.4; RFC 7523 §2.2): a form-encoded POST of {@code grant_type}, {@code client_assertion_type},
 * {@code client_assertion} and {@code scope} (space-separated, sorted). A 400/401 becomes
 * {@code service.token_refused} with the OAuth {@code error} value (RFC 6749 §5.2), a 5xx or network failure
 * {@code service.unavailable}, and an answer without {@code access_token} or with a token type other than Bearer
 * {@code service.malformed_response}. A missing {@code expires_in} (only RECOMMENDED by RFC 6749 §5.1) counts as
 * one hour, Moodle's lifetime.
 */
public class AccessTokenClient {

    static final String GRANT_TYPE = "client_credentials";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final ServiceHttp http;
    private final ClientAssertion assertion;

    public AccessTokenClient(ServiceHttp http, ClientAssertion assertion) {
        this.http = Objects.requireNonNull(http, "HTTP client is required.");
        this.assertion = Objects.requireNonNull(assertion, "Client assertion is required.");
    }

    /** Obtains a new token for {@code scopes} (never cached here; see {@link TokenCache}). */
    public AccessToken request(TokenEndpoint endpoint, Set<String> scopes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GRANT_TYPE);
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertion.create(endpoint));
        form.put("scope", String.join(" ", new TreeSet<>(scopes)));
        HttpRequest request = http.request(endpoint.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                .build();
        ServiceResponse response = http.send(request);
        if (response.status() == 400 || response.status() == 401) {
            String error = oauthError(response.body());
            throw new ServiceException(ServiceErrors.TOKEN_REFUSED, "The token endpoint " + endpoint.tokenUrl()
                    + " refused the request with " + response.status() + " " + error + ".", response.status(), error,
                    false, null);
        }
        if (!response.successful()) {
            throw new ServiceException(ServiceErrors.UNAVAILABLE, "The token endpoint " + endpoint.tokenUrl()
                    + " answered " + response.status() + ".", response.status(), null, true, null);
        }
        return parse(endpoint, response.body());
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static AccessToken parse(TokenEndpoint endpoint, String body) {
        JsonObject json = readObject(body).orElseThrow(() -> malformed(endpoint, "is not a JSON object"));
        if (!(json.get("access_token") instanceof JsonString token) || token.getString().isBlank()) {
            throw malformed(endpoint, "has no access_token");
        }
        if (!(json.get("token_type") instanceof JsonString type) || !"bearer".equalsIgnoreCase(type.getString())) {
            throw malformed(endpoint, "has no token_type Bearer");
        }
        JsonValue expiresIn = json.get("expires_in");
        Duration lifetime;
        if (expiresIn == null) {
            lifetime = DEFAULT_LIFETIME;
        } else if (expiresIn instanceof JsonNumber seconds && seconds.longValue() > 0) {
            lifetime = Duration.ofSeconds(seconds.longValue());
        } else {
            throw malformed(endpoint, "has an invalid expires_in");
        }
        return new AccessToken(token.getString(), lifetime);
    }

    /** The OAuth {@code error} value of an error answer, reduced to safe characters; "unknown" if none. */
    private static String oauthError(String body) {
        return readObject(body)
                .map(json -> json.get("error"))
                .filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).getString().replaceAll("[^A-Za-z0-9_.\\-]", ""))
                .filter(value -> !value.isEmpty())
                .map(value -> value.length() > 64 ? value.substring(0, 64) : value)
                .orElse("unknown");
    }

    static java.util.Optional<JsonObject> readObject(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return java.util.Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            return java.util.Optional.empty();
        }
    }

    private static ServiceException malformed(TokenEndpoint endpoint, String what) {
        return new ServiceException(ServiceErrors.MALFORMED_RESPONSE,
                "The answer of the token endpoint " + endpoint.tokenUrl() + " " + what + ".", 200, null);
    }
}
