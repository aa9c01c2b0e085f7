package org.childsafe.lti.launch.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.launch.application.HttpJwksFetcher;
import org.childsafe.lti.launch.application.LaunchService;
import org.childsafe.lti.launch.application.LaunchTokenVerifier;
import org.childsafe.lti.launch.application.LoginInitiationService;
import org.childsafe.lti.launch.application.PlatformKeySource;
import org.childsafe.lti.launch.domain.LtiMessageType;

/**
 * Wires the plain-Java launch services (they take their collaborators in constructors and know nothing of CDI)
 * with the database adapters and {@link ToolConfig}. One instance of each per application: the JWKS cache in
 * {@link PlatformKeySource} must be shared by all requests. {@code @Singleton} (a pseudo-scope) because the
 * services are plain classes without the no-argument constructor a client proxy needs.
 */
@ApplicationScoped
public class LaunchServices {

    /** An unknown kid triggers at most one JWKS refetch per platform in this interval. */
    static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);

    @Inject
    ToolConfig config;

    @Inject
    Clock clock;

    @Inject
    JpaRegistrationDirectory directory;

    @Inject
    JdbcStateStore states;

    @Inject
    JdbcNonceStore nonces;

    @Produces
    @Singleton
    PlatformKeySource platformKeys() {
        return new PlatformKeySource(new HttpJwksFetcher(config.jwksTimeout(), config.jwksTimeout()), clock,
                config.jwksCacheTtl(), MIN_REFETCH_INTERVAL);
    }

    @Produces
    @Singleton
    LoginInitiationService loginInitiation() {
        return new LoginInitiationService(directory, states, clock, config.stateTtl(), config.baseUrl(),
                config.url("/lti/launch"));
    }

    @Produces
    @Singleton
    LaunchService launchService(PlatformKeySource keys) {
        LaunchTokenVerifier verifier = new LaunchTokenVerifier(clock, config.leeway(), directory, keys, nonces,
                config.baseUrl(), EnumSet.of(LtiMessageType.RESOURCE_LINK, LtiMessageType.DEEP_LINKING));
        return new LaunchService(states, verifier, clock);
    }
}
