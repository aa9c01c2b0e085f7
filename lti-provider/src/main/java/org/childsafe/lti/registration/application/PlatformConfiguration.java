package org.childsafe.lti.registration.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A platform's OpenID configuration as LTI Dynamic Registration 1.0 §3.4 describes it
 * (https://www.imsglobal.org/spec/lti-dr/v1p0#platform-configuration), checked by {@link #parse(String, URI)}.
 *
 * @param productFamilyCode {@code product_family_code} of the LTI platform configuration, e.g. {@code moodle}
 */
public record PlatformConfiguration(URI issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
        URI registrationEndpoint, List<String> scopesSupported, String productFamilyCode, String version,
        List<String> messagesSupported) {

    /** Key of the LTI platform configuration object in the OpenID configuration. */
    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    public PlatformConfiguration {
        Objects.requireNonNull(issuer, "Issuer is required.");
        scopesSupported = List.copyOf(scopesSupported);
        messagesSupported = List.copyOf(messagesSupported);
    }

    /**
     * Parses and checks a configuration fetched from {@code configurationUrl}; fails closed with
     * {@link DynamicRegistrationException#MALFORMED}, {@link DynamicRegistrationException#ISSUER_MISMATCH} or
     * {@link DynamicRegistrationException#UNSUPPORTED}.
     */
    public static PlatformConfiguration parse(String json, URI configurationUrl) {
        try {
            return checked(object(json), configurationUrl);
        } catch (ClassCastException | NullPointerException wrongShape) {
            throw malformed("a member has the wrong JSON type");
        }
    }

    private static PlatformConfiguration checked(JsonObject config, URI configurationUrl) {
        URI issuer = url(config, "issuer");
        if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw malformed("issuer has a query or fragment");
        }
        // DR 1.0 §3.5.1: the issuer must match the openid_configuration URL it was fetched from: same scheme,
        // host and port, and the URL's path begins with the issuer's path (whole segments).
        if (!sameOrigin(issuer, configurationUrl) || !underPath(issuer.getRawPath(), configurationUrl.getRawPath())) {
            throw new DynamicRegistrationException(DynamicRegistrationException.ISSUER_MISMATCH,
                    "Issuer " + issuer + " does not match " + configurationUrl);
        }
        // OpenID Connect Discovery §3 + DR 1.0 §3.4: id tokens must be signable with RS256.
        if (!strings(config, "id_token_signing_alg_values_supported").contains("RS256")) {
            throw new DynamicRegistrationException(DynamicRegistrationException.UNSUPPORTED,
                    "Platform " + issuer + " does not support RS256 id tokens");
        }
        if (!(config.get(PLATFORM_CONFIGURATION) instanceof JsonObject lti)) {
            throw malformed("missing " + PLATFORM_CONFIGURATION);
        }
        List<String> messages = lti.containsKey("messages_supported")
                ? lti.getJsonArray("messages_supported").stream()
                        .map(m -> m instanceof JsonObject o ? o.getString("type", "") : text(m)).toList()
                : List.of();
        return new PlatformConfiguration(issuer, url(config, "authorization_endpoint"), url(config, "token_endpoint"),
                url(config, "jwks_uri"), url(config, "registration_endpoint"),
                config.containsKey("scopes_supported") ? strings(config, "scopes_supported") : List.of(),
                optionalText(lti, "product_family_code"), optionalText(lti, "version"), messages);
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new DynamicRegistrationException(DynamicRegistrationException.MALFORMED, "Not a JSON object", e);
        }
    }

    static JsonObject parseObject(String json) {
        return object(json);
    }

    private static boolean underPath(String issuerPath, String configurationPath) {
        String prefix = issuerPath == null ? "" : issuerPath;
        String path = configurationPath == null ? "" : configurationPath;
        return prefix.isEmpty() || path.equals(prefix) || prefix.endsWith("/") && path.startsWith(prefix)
                || path.startsWith(prefix + "/");
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI url(JsonObject config, String name) {
        String value = optionalText(config, name);
        if (value == null) {
            throw malformed("missing " + name);
        }
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw malformed(name + " is not an absolute URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw malformed(name + " is not a URL");
        }
    }

    private static List<String> strings(JsonObject config, String name) {
        if (!(config.get(name) instanceof JsonArray array)) {
            throw malformed("missing " + name);
        }
        return array.stream().map(PlatformConfiguration::text).toList();
    }

    private static String optionalText(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return text(value);
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw malformed("expected a string, was " + value.getValueType());
    }

    private static DynamicRegistrationException malformed(String what) {
        return new DynamicRegistrationException(DynamicRegistrationException.MALFORMED, "Platform configuration: " + what);
    }
}
