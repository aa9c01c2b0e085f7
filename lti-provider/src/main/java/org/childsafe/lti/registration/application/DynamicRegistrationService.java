package org.childsafe.lti.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.childsafe.lti.config.ToolConfig;

/**
 * LTI Dynamic Registration 1.0 (https://www.imsglobal.org/spec/lti-dr/v1p0), the "tool URL" registration of
 * Moodle: fetch the platform's OpenID configuration (§3.4), check it (§3.5.1), post the tool's client
 * registration to the platform (§3.5.2) and store what the platform answers (§3.6) as a
 * {@code DYNAMIC} registration through {@link RegistrationService#createDynamic(RegistrationDraft)}.
 *
 * <h2>Invariants</h2>
 * Every outbound call goes through {@link PlatformHttpClient} (SSRF checks, bounds). Nothing is stored unless
 * the platform accepted the registration and answered a usable {@code client_id}; every refusal is a
 * {@link DynamicRegistrationException} with a stable code. The registration token is sent to the platform only,
 * never logged or stored.
 *
 * <h2>Data minimisation</h2>
 * The tool asks only for the claims {@code iss}, {@code sub} and {@code name}: not {@code email},
 * {@code given_name} or {@code family_name}. Pupils are children; the tool needs a stable id and, for staff, a
 * name to show counselors, nothing more.
 */
@ApplicationScoped
public class DynamicRegistrationService {

    /** Key of the LTI tool configuration object in the registration request and response. */
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    /** The AGS and NRPS scopes the tool asks for, when the platform lists them in {@code scopes_supported}. */
    public static final List<String> WANTED_SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    private static final Logger LOG = Logger.getLogger(DynamicRegistrationService.class.getName());

    private RegistrationService registrations;
    private ToolConfig config;
    private PlatformHttpClient http;

    /** For CDI normal-scope client proxies only; never call it. */
    protected DynamicRegistrationService() {
    }

    @Inject
    public DynamicRegistrationService(RegistrationService registrations, ToolConfig config, PlatformHttpClient http) {
        this.registrations = registrations;
        this.config = config;
        this.http = http;
    }

    /**
     * Runs the whole registration.
     *
     * @param openidConfiguration the {@code openid_configuration} parameter the platform sent
     * @param registrationToken the {@code registration_token} parameter; {@code null} or blank when absent
     * @return the stored registration
     */
    public RegistrationView register(String openidConfiguration, String registrationToken) {
        URI configUrl = configurationUrl(openidConfiguration);
        PlatformConfiguration platform = fetchConfiguration(configUrl);
        http.check(platform.authorizationEndpoint());
        http.check(platform.jwksUri());
        http.check(platform.tokenEndpoint());
        String request = clientRegistration(platform).toString();
        Optional<String> token = Optional.ofNullable(registrationToken).map(String::strip).filter(t -> !t.isEmpty());
        PlatformHttpClient.Answer answer = http.postJson(platform.registrationEndpoint(), request, token);
        if (answer.status() != 200 && answer.status() != 201) {
            throw new DynamicRegistrationException(DynamicRegistrationException.PLATFORM_REFUSED,
                    "Registration endpoint " + platform.registrationEndpoint() + " answered HTTP " + answer.status());
        }
        RegistrationView stored = store(platform, answer.body());
        LOG.info(() -> "Dynamic registration stored: issuer=" + platform.issuer() + " client_id=" + stored.clientId()
                + " platform=" + platform.productFamilyCode() + " " + platform.version());
        return stored;
    }

    /** The client registration the tool posts (DR 1.0 §3.5.2 and §5.1), scopes limited to what the platform has. */
    JsonObject clientRegistration(PlatformConfiguration platform) {
        String launch = config.url("/lti/launch").toString();
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        List<String> granted = WANTED_SCOPES.stream().filter(platform.scopesSupported()::contains).toList();
        granted.forEach(scopes::add);
        return Json.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", Json.createArrayBuilder().add("id_token"))
                .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", config.url("/lti/login").toString())
                .add("redirect_uris", Json.createArrayBuilder().add(launch))
                .add("client_name", "ChildSafe")
                .add("jwks_uri", config.url("/api/lti/jwks").toString())
                .add("logo_uri", config.url("/resources/childsafe/logo.svg").toString())
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", String.join(" ", granted))
                .add(TOOL_CONFIGURATION, Json.createObjectBuilder()
                        .add("domain", domain())
                        .add("target_link_uri", config.url("/launch/lessons").toString())
                        .add("custom_parameters", Json.createObjectBuilder())
                        .add("claims", Json.createArrayBuilder().add("iss").add("sub").add("name"))
                        .add("messages", messages(platform, launch)))
                .build();
    }

    /**
     * Resource link launches always; deep linking unless the platform lists {@code messages_supported} without
     * it (DR 1.0 §3.4: the tool should only register messages the platform supports).
     */
    private static JsonArrayBuilder messages(PlatformConfiguration platform, String launch) {
        JsonArrayBuilder messages = Json.createArrayBuilder().add(message("LtiResourceLinkRequest", launch));
        if (platform.messagesSupported().isEmpty() || platform.messagesSupported().contains("LtiDeepLinkingRequest")) {
            messages.add(message("LtiDeepLinkingRequest", launch));
        }
        return messages;
    }

    private String domain() {
        URI base = config.baseUrl();
        return base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    private static JsonObject message(String type, String targetLinkUri) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("target_link_uri", targetLinkUri)
                .add("label", "ChildSafe")
                .add("placements", Json.createArrayBuilder().add("ContentArea"))
                .build();
    }

    private static URI configurationUrl(String value) {
        if (value == null || value.isBlank()) {
            throw new DynamicRegistrationException(DynamicRegistrationException.MISSING_PARAMETER,
                    "openid_configuration is missing");
        }
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DynamicRegistrationException(DynamicRegistrationException.FORBIDDEN_URL,
                    "openid_configuration is not a URL");
        }
    }

    private PlatformConfiguration fetchConfiguration(URI configUrl) {
        PlatformHttpClient.Answer answer = http.get(configUrl);
        if (answer.status() != 200) {
            throw new DynamicRegistrationException(DynamicRegistrationException.PLATFORM_UNAVAILABLE,
                    "OpenID configuration " + configUrl + " answered HTTP " + answer.status());
        }
        PlatformConfiguration platform = PlatformConfiguration.parse(answer.body(), configUrl);
        http.check(platform.issuer());
        return platform;
    }

    private RegistrationView store(PlatformConfiguration platform, String responseBody) {
        JsonObject response = PlatformConfiguration.parseObject(responseBody);
        String clientId = response.get("client_id") instanceof JsonString s ? s.getString().strip() : "";
        if (clientId.isEmpty()) {
            throw new DynamicRegistrationException(DynamicRegistrationException.MALFORMED,
                    "Registration response has no client_id");
        }
        List<String> deployments = List.of();
        if (response.get(TOOL_CONFIGURATION) instanceof JsonObject tool
                && tool.get("deployment_id") instanceof JsonString deployment && !deployment.getString().isBlank()) {
            deployments = List.of(deployment.getString().strip());
        }
        String name = (platform.productFamilyCode() == null ? "LTI" : platform.productFamilyCode()) + " "
                + platform.issuer().getHost();
        RegistrationDraft draft = new RegistrationDraft(platform.issuer().toString(), clientId, name,
                platform.authorizationEndpoint().toString(), platform.jwksUri().toString(),
                platform.tokenEndpoint().toString(), null, deployments);
        return registrations.createDynamic(draft);
    }
}
