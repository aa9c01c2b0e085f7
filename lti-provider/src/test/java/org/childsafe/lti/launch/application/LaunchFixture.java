package org.childsafe.lti.launch.application;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.testplatform.CountingJwksFetcher;
import org.childsafe.lti.testplatform.InMemoryNonceStore;
import org.childsafe.lti.testplatform.InMemoryRegistrationDirectory;
import org.childsafe.lti.testplatform.InMemoryStateStore;
import org.childsafe.lti.testplatform.LaunchClaimsBuilder;
import org.childsafe.lti.testplatform.MutableClock;
import org.childsafe.lti.testplatform.TestPlatform;

/**
 * The launch use cases wired with the test platform and in-memory doubles, as the CDI producers
 * will wire them with the JPA adapters. One instance per test.
 */
final class LaunchFixture {

    static final long REGISTRATION_ID = 1L;
    static final Duration LEEWAY = Duration.ofSeconds(60);
    static final Duration MAX_TOKEN_AGE = Duration.ofMinutes(10);
    static final Duration STATE_TTL = Duration.ofMinutes(10);
    static final Duration JWKS_TTL = Duration.ofHours(1);
    static final Duration MIN_REFETCH = Duration.ofSeconds(10);
    static final URI TOOL_BASE_URL = TestPlatform.DEFAULT_TOOL_BASE_URL;
    static final URI REDIRECT_URI = TOOL_BASE_URL.resolve("/lti/launch");

    final MutableClock clock;
    final TestPlatform platform;
    final InMemoryRegistrationDirectory directory = new InMemoryRegistrationDirectory();
    final InMemoryStateStore states = new InMemoryStateStore();
    final InMemoryNonceStore nonces = new InMemoryNonceStore();
    final CountingJwksFetcher fetcher;
    final PlatformKeySource keys;
    final LoginInitiationService login;
    final LaunchTokenVerifier verifier;
    final LaunchService launches;

    /** Everything in memory, all message types supported. */
    LaunchFixture() {
        this(EnumSet.allOf(LtiMessageType.class));
    }

    /** Everything in memory, only the given message types supported. */
    LaunchFixture(Set<LtiMessageType> supported) {
        this(MutableClock.atDefaultStart(), null, null, supported);
    }

    /**
     * @param clock       the shared clock
     * @param platform    the platform, or null for a new one on {@code clock}
     * @param jwksFetcher the real fetcher, or null to serve the platform JWKS from memory
     * @param supported   the message types the verifier accepts
     */
    LaunchFixture(MutableClock clock, TestPlatform platform, JwksFetcher jwksFetcher, Set<LtiMessageType> supported) {
        this.clock = clock;
        this.platform = platform != null ? platform : new TestPlatform(clock);
        this.fetcher = jwksFetcher != null ? new CountingJwksFetcher(jwksFetcher)
                : new CountingJwksFetcher(this.platform::publicJwks);
        directory.add(this.platform.registration(REGISTRATION_ID), this.platform.deploymentId());
        keys = new PlatformKeySource(fetcher, clock, JWKS_TTL, MIN_REFETCH);
        login = new LoginInitiationService(directory, states, clock, STATE_TTL, TOOL_BASE_URL, REDIRECT_URI);
        verifier = new LaunchTokenVerifier(clock, LEEWAY, directory, keys, nonces, TOOL_BASE_URL, supported,
                MAX_TOKEN_AGE);
        launches = new LaunchService(states, verifier, clock);
    }

    /** Runs a valid login initiation with a binding cookie and returns what the browser holds. */
    Login startLogin() {
        String cookie = BrowserBinding.newCookieValue();
        AuthorizationRedirect redirect = login.initiate(loginRequest(cookie));
        return new Login(redirect.state(), cookie);
    }

    /** @return the platform's valid login-initiation parameters with the given binding cookie */
    LoginRequest loginRequest(String browserBinding) {
        Map<String, String> p = platform.loginParameters();
        return new LoginRequest(p.get("iss"), p.get("login_hint"), p.get("target_link_uri"),
                p.get("lti_message_hint"), p.get("client_id"), p.get("lti_deployment_id"), null, browserBinding);
    }

    /** @return valid claims carrying the login's nonce */
    LaunchClaimsBuilder claimsFor(Login login) {
        return platform.claims().nonce(login.state().nonce());
    }

    /** @return the platform's form POST for the login, sent from the same browser */
    LaunchResponse response(Login login, String idToken) {
        return new LaunchResponse(idToken, login.state().state(), null, null, login.cookie());
    }

    /** What the browser holds after login initiation: the saved state and the raw binding cookie. */
    record Login(LaunchState state, String cookie) {
    }
}
