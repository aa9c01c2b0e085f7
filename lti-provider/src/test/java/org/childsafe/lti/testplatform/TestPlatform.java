package org.childsafe.lti.testplatform;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;

import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * A fake LTI 1.3 platform (LMS) that signs id_tokens with real RSA keys.
 *
 * <p>It exists so that every test of the launch, from unit tests to container tests in other
 * modules, drives the tool with genuinely signed tokens, each negative test changing one thing
 * (STYLE §7.7). Invariants: the platform's current key ({@value #FIRST_KID} at first) is published
 * in {@link #publicJwks()}; {@link #badKey()} is an unrelated RSA key that is never published;
 * {@link #rotateKey()} publishes a new current key and keeps the old ones published (overlap, as
 * real platforms do).
 *
 * <h2>HTTP</h2>
 * {@link #startJwksServer()} serves the live public JWKS at {@code /jwks} and records requests to
 * {@code /auth} on 127.0.0.1 with an ephemeral port. Subclasses override
 * {@link #handleAuth(HttpExchange)} to answer authentication requests like a platform would.
 * Close the platform to stop the server.
 */
public class TestPlatform implements AutoCloseable {

    /** Default issuer. */
    public static final String DEFAULT_ISSUER = "https://lms.test.example";
    /** Default client_id of the tool at this platform. */
    public static final String DEFAULT_CLIENT_ID = "test-client";
    /** Default deployment id. */
    public static final String DEFAULT_DEPLOYMENT_ID = "dep-1";
    /** Default public base URL of the tool under test. */
    public static final URI DEFAULT_TOOL_BASE_URL = URI.create("https://tool.test.example/");
    /** kid of the first platform key. */
    public static final String FIRST_KID = "tp-1";

    private final Clock clock;
    private final String issuer;
    private final String clientId;
    private final String deploymentId;
    private final URI toolBaseUrl;
    private final List<RSAKey> publishedKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger keyCounter = new AtomicInteger(1);
    private volatile RSAKey currentKey;
    private RSAKey badKey;
    private PlatformEndpoints endpoints;

    /** A platform with the default issuer, client id, deployment id and tool URL. */
    public TestPlatform(Clock clock) {
        this(clock, DEFAULT_ISSUER, DEFAULT_CLIENT_ID, DEFAULT_DEPLOYMENT_ID, DEFAULT_TOOL_BASE_URL);
    }

    /**
     * @param clock        the clock that sets iat and exp of {@link #claims()}
     * @param issuer       the platform issuer
     * @param clientId     the tool's client_id at the platform
     * @param deploymentId the deployment id put into claims
     * @param toolBaseUrl  the tool's public base URL, used for target_link_uri
     */
    public TestPlatform(Clock clock, String issuer, String clientId, String deploymentId, URI toolBaseUrl) {
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.issuer = Objects.requireNonNull(issuer, "Issuer is required.");
        this.clientId = Objects.requireNonNull(clientId, "Client id is required.");
        this.deploymentId = Objects.requireNonNull(deploymentId, "Deployment id is required.");
        this.toolBaseUrl = Objects.requireNonNull(toolBaseUrl, "Tool base URL is required.");
        this.currentKey = JwsSigning.generateRsaKey(FIRST_KID);
        this.publishedKeys.add(currentKey);
    }

    // ------------------------------------------------------------------ identity

    /** @return the issuer */
    public String issuer() {
        return issuer;
    }

    /** @return the tool's client_id at this platform */
    public String clientId() {
        return clientId;
    }

    /** @return the deployment id */
    public String deploymentId() {
        return deploymentId;
    }

    /** @return the tool base URL this platform launches into */
    public URI toolBaseUrl() {
        return toolBaseUrl;
    }

    /** @return the default target_link_uri: a lesson page on the tool origin */
    public String targetLinkUri() {
        return toolBaseUrl.resolve("/lessons/online-safety-1").toString();
    }

    /**
     * @param id the registration id to use
     * @return this platform as the tool would have registered it
     */
    public RegistrationRef registration(long id) {
        return new RegistrationRef(id, issuer, clientId, authUri(), jwksUri());
    }

    /** @return the login-initiation parameters this platform would send (IMS Security Framework §5.1.1.1) */
    public Map<String, String> loginParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", issuer);
        params.put("login_hint", "user-42");
        params.put("target_link_uri", targetLinkUri());
        params.put("lti_message_hint", "{\"cmid\":17,\"launchid\":\"ltilaunch1_1\"}");
        params.put("client_id", clientId);
        params.put("lti_deployment_id", deploymentId);
        return params;
    }

    // ------------------------------------------------------------------ keys

    /** @return the current signing key, including its private part */
    public RSAKey currentKey() {
        return currentKey;
    }

    /** @return an RSA key that the platform never publishes (generated on first use) */
    public synchronized RSAKey badKey() {
        if (badKey == null) {
            badKey = JwsSigning.generateRsaKey("bad-1");
        }
        return badKey;
    }

    /** @return the public keys the platform publishes */
    public JWKSet publicJwks() {
        List<JWK> keys = new ArrayList<>();
        publishedKeys.forEach(k -> keys.add(k.toPublicJWK()));
        return new JWKSet(keys);
    }

    /**
     * Generates a new current key ({@code tp-2}, {@code tp-3}, ...); older keys stay published.
     *
     * @return the new current key
     */
    public RSAKey rotateKey() {
        RSAKey next = JwsSigning.generateRsaKey("tp-" + keyCounter.incrementAndGet());
        publishedKeys.add(next);
        currentKey = next;
        return next;
    }

    // ------------------------------------------------------------------ claims and tokens

    /** @return VALID resource-link claims issued now, expiring in 60 s (set the nonce) */
    public LaunchClaimsBuilder claims() {
        Instant now = clock.instant();
        return new LaunchClaimsBuilder()
                .set(LtiClaims.ISSUER, issuer)
                .audience(clientId)
                .set(LtiClaims.SUBJECT, "user-42")
                .nonce("set-me-to-the-state-nonce")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(60))
                .set(LtiClaims.DEPLOYMENT_ID, deploymentId)
                .set(LtiClaims.VERSION, "1.3.0")
                .messageType("LtiResourceLinkRequest")
                .roles(LaunchClaimsBuilder.LEARNER)
                .setMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_ID, "rl-17")
                .setMember(LtiClaims.RESOURCE_LINK, LtiClaims.MEMBER_TITLE, "Online safety lesson 1")
                .set(LtiClaims.TARGET_LINK_URI, targetLinkUri())
                .setMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_ID, "course-5")
                .setMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_TITLE, "Year 7 PSHE")
                .setMember(LtiClaims.CONTEXT, LtiClaims.MEMBER_LABEL, "Y7")
                .setMember(LtiClaims.LAUNCH_PRESENTATION, LtiClaims.MEMBER_LOCALE, "vi")
                .setMember(LtiClaims.LAUNCH_PRESENTATION, LtiClaims.MEMBER_DOCUMENT_TARGET, "iframe")
                .setMember(LtiClaims.LAUNCH_PRESENTATION, LtiClaims.MEMBER_RETURN_URL, issuer + "/mod/lti/return.php")
                .setMember(LtiClaims.CUSTOM, "topic", "cyberbullying");
    }

    /** @return VALID deep-linking request claims for an instructor (Deep Linking 2.0 §4.4) */
    public LaunchClaimsBuilder deepLinkingClaims() {
        return claims()
                .messageType("LtiDeepLinkingRequest")
                .remove(LtiClaims.RESOURCE_LINK)
                .roles(LaunchClaimsBuilder.INSTRUCTOR)
                .set(LtiClaims.TARGET_LINK_URI, toolBaseUrl.resolve("/lti/deep-link").toString())
                .setMember(LtiClaims.DL_DEEP_LINKING_SETTINGS, LtiClaims.MEMBER_DEEP_LINK_RETURN_URL,
                        issuer + "/mod/lti/contentitem_return.php")
                .setMember(LtiClaims.DL_DEEP_LINKING_SETTINGS, "accept_types", List.of("ltiResourceLink"))
                .setMember(LtiClaims.DL_DEEP_LINKING_SETTINGS, "accept_presentation_document_targets",
                        List.of("iframe", "window"))
                .setMember(LtiClaims.DL_DEEP_LINKING_SETTINGS, "data", "opaque-platform-data");
    }

    /** @return the claims signed RS256 with the current key and its kid */
    public String sign(LaunchClaimsBuilder claims) {
        return sign(claims.build());
    }

    /** @return the claims signed RS256 with the current key and its kid */
    public String sign(JWTClaimsSet claims) {
        return signWith(claims, JWSAlgorithm.RS256, currentKey, currentKey.getKeyID());
    }

    /**
     * Signs with any algorithm and key: RSA keys sign RS* / PS*, EC keys ES*, octet keys HS*.
     *
     * @param claims the claims
     * @param alg    the header alg
     * @param key    the private key (or secret) to sign with
     * @param kid    the header kid, or null for none
     * @return the compact JWS
     */
    public String signWith(JWTClaimsSet claims, JWSAlgorithm alg, JWK key, String kid) {
        return JwsSigning.sign(claims, alg, key, kid);
    }

    /** @return an unsecured JWT with header {"alg":"none"} and an empty signature part */
    public String unsignedToken(JWTClaimsSet claims) {
        return JwsSigning.unsigned(claims);
    }

    /** @return the claims "signed" HS256 with the RSA public key's encoded bytes as HMAC secret (alg confusion) */
    public String hs256WithPublicKey(JWTClaimsSet claims) {
        return JwsSigning.hs256WithPublicKey(claims, currentKey);
    }

    // ------------------------------------------------------------------ HTTP

    /**
     * Starts the HTTP server on 127.0.0.1 with an ephemeral port.
     *
     * @throws IOException if the server cannot bind
     */
    public synchronized void startJwksServer() throws IOException {
        if (endpoints == null) {
            endpoints = new PlatformEndpoints(this::publicJwks, this::handleAuth);
        }
    }

    /** @return the JWKS URL; before {@link #startJwksServer()} a placeholder under the issuer */
    public synchronized URI jwksUri() {
        return endpoints == null ? URI.create(issuer + "/jwks") : endpoints.uri("/jwks");
    }

    /** @return the authorization endpoint; before {@link #startJwksServer()} a placeholder under the issuer */
    public synchronized URI authUri() {
        return endpoints == null ? URI.create(issuer + "/auth") : endpoints.uri("/auth");
    }

    /** @return how many times {@code /jwks} was requested (0 before the server started) */
    public synchronized int jwksRequestCount() {
        return endpoints == null ? 0 : endpoints.jwksRequestCount();
    }

    /** @return the URIs (with query) of every request to {@code /auth}, oldest first */
    public synchronized List<URI> authRequests() {
        return endpoints == null ? List.of() : endpoints.authRequests();
    }

    /**
     * Answers a request to {@code /auth} (already recorded in {@link #authRequests()}) with 204.
     * Override to behave like a platform, e.g. auto-POST an id_token to the redirect_uri.
     *
     * @param exchange the exchange, which the method must close
     * @throws IOException on I/O failure
     */
    protected void handleAuth(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** Stops the HTTP server, if it was started. */
    @Override
    public synchronized void close() {
        if (endpoints != null) {
            endpoints.close();
            endpoints = null;
        }
    }
}
