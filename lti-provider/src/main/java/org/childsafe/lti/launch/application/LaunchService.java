package org.childsafe.lti.launch.application;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * Step 3 of an LTI 1.3 launch: accepts the platform's authentication response (IMS Security
 * Framework §5.1.1.3 and §5.1.3; LTI-CHECKLIST §2.3).
 *
 * <p>Invariants: a launch is accepted only with a state that this tool issued, that is consumed
 * here for the first time before its expiry, that (when bound) belongs to this browser, and with
 * an id_token that {@link LaunchTokenVerifier} accepts for that state. Every rejection is an
 * {@link InvalidLaunchException} with a code from {@link LtiErrors}.
 */
public class LaunchService {

    private static final Logger LOG = System.getLogger(LaunchService.class.getName());
    private static final int MAX_LOGGED_ERROR = 64;

    private final StateStore states;
    private final LaunchTokenVerifier verifier;
    private final Clock clock;

    /** For CDI normal-scope client proxies only (STYLE §7.4); never call it. */
    protected LaunchService() {
        this.states = null;
        this.verifier = null;
        this.clock = null;
    }

    /**
     * @param states   the login states saved by {@link LoginInitiationService}
     * @param verifier the id_token verifier
     * @param clock    the source of "now"
     */
    public LaunchService(StateStore states, LaunchTokenVerifier verifier, Clock clock) {
        this.states = Objects.requireNonNull(states, "State store is required.");
        this.verifier = Objects.requireNonNull(verifier, "Verifier is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /**
     * @param resp the form POST of the platform
     * @return the validated launch
     * @throws InvalidLaunchException when the launch is rejected
     */
    public LaunchClaims launch(LaunchResponse resp) {
        // OIDC Core §3.1.2.6: the platform may answer with an error and no id_token (Moodle auth.php).
        if (resp.error() != null && !resp.error().isBlank()) {
            String error = sanitize(resp.error());
            LOG.log(Level.WARNING, "Platform answered the authentication request with error {0}", error);
            throw new InvalidLaunchException(LtiErrors.PLATFORM_ERROR, "platform error " + error);
        }
        LaunchState state = consumeState(resp.state());
        // LTI-CHECKLIST §2.2: the state is bound to the browser that started the login, if a cookie could be set.
        if (state.isBrowserBound() && !BrowserBinding.matches(state.browserBinding(), resp.browserBindingCookie())) {
            throw new InvalidLaunchException(LtiErrors.STATE_BROWSER_MISMATCH, "binding cookie absent or different");
        }
        if (resp.idToken() == null || resp.idToken().isBlank()) {
            throw new InvalidLaunchException(LtiErrors.MISSING_ID_TOKEN, "authentication response without id_token");
        }
        return verifier.verify(resp.idToken(), state);
    }

    /**
     * Ends a login that cannot be bound to its browser (the platform storage answered from a foreign origin):
     * the state is consumed so the same response can never be tried again, and the launch is refused.
     *
     * @param state the response's state, may be null
     * @throws InvalidLaunchException always, with {@link LtiErrors#STORAGE_ORIGIN_MISMATCH}
     */
    public LaunchClaims refuseForeignStorage(String state) {
        if (state != null && !state.isBlank()) {
            states.consume(state, clock.instant());
        }
        throw new InvalidLaunchException(LtiErrors.STORAGE_ORIGIN_MISMATCH,
                "platform storage answered from an origin other than the platform's");
    }

    // Security Framework §5.1.1.2 / OIDC Core §3.1.2.1: the state is unguessable and single use.
    private LaunchState consumeState(String state) {
        if (state == null || state.isBlank()) {
            throw new InvalidLaunchException(LtiErrors.MISSING_STATE, "authentication response without state");
        }
        StateStore.ConsumeResult result = states.consume(state, clock.instant());
        if (result instanceof StateStore.Found found) {
            return found.state();
        }
        if (result instanceof StateStore.AlreadyUsed) {
            throw new InvalidLaunchException(LtiErrors.STATE_REPLAYED, "state was already used");
        }
        if (result instanceof StateStore.Expired) {
            throw new InvalidLaunchException(LtiErrors.STATE_EXPIRED, "state expired");
        }
        throw new InvalidLaunchException(LtiErrors.INVALID_STATE, "state was not issued by this tool");
    }

    /** Keeps at most {@value #MAX_LOGGED_ERROR} characters of [A-Za-z0-9_.-] so the value cannot forge log lines. */
    static String sanitize(String value) {
        boolean truncated = value.length() > MAX_LOGGED_ERROR;
        String kept = value.substring(0, Math.min(value.length(), MAX_LOGGED_ERROR)).replaceAll("[^A-Za-z0-9_.\\-]", "?");
        return truncated ? kept + "..." : kept;
    }
}
