package org.childsafe.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.registration.domain.Registration;
import org.childsafe.lti.services.ags.AgsClient;
import org.childsafe.lti.services.token.AccessTokenClient;
import org.childsafe.lti.services.token.ClientAssertion;
import org.childsafe.lti.services.token.ServiceClient;
import org.childsafe.lti.services.token.ServiceHttp;
import org.childsafe.lti.services.token.TokenCache;
import org.childsafe.lti.services.token.TokenEndpoint;

/**
 * CDI wiring of the platform service clients: one HTTP client, one client assertion signer that always uses the
 * tool's <em>current</em> signing key (looked up per assertion, so a key rotation takes effect at the next token
 * request), one access token client and ONE token cache for the whole application, so a token is reused per
 * (registration, scopes) until shortly before it expires, whichever feature asks. The produced objects are
 * {@link Singleton} (not proxied: they have no no-argument constructor and need none).
 *
 * <p>{@link #ags(Registration)} gives the AGS client of one registration; it is cheap (a view on the shared
 * {@link ServiceClient}).
 */
@ApplicationScoped
public class PlatformServices {

    @Inject
    ToolKeyService toolKeys;

    @Inject
    Clock clock;

    @Produces
    @Singleton
    ServiceHttp serviceHttp() {
        return ServiceHttp.withDefaults();
    }

    @Produces
    @Singleton
    ClientAssertion clientAssertion() {
        return new ClientAssertion(toolKeys, clock);
    }

    @Produces
    @Singleton
    AccessTokenClient accessTokenClient(ServiceHttp http, ClientAssertion assertion) {
        return new AccessTokenClient(http, assertion);
    }

    @Produces
    @Singleton
    TokenCache tokenCache(AccessTokenClient client) {
        return new TokenCache(client, clock);
    }

    @Produces
    @Singleton
    ServiceClient serviceClient(ServiceHttp http, TokenCache tokens) {
        return new ServiceClient(http, tokens);
    }

    /** The AGS client of a registration that has a token URL, on the shared service client and token cache. */
    public static AgsClient ags(ServiceClient services, Registration registration) {
        return new AgsClient(services, TokenEndpoint.of(registration));
    }
}
