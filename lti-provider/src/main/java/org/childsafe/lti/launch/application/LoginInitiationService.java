package org.childsafe.lti.launch.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * Step 1 of an LTI 1.3 launch: answers a third-party initiated login with an OIDC authentication
 * request (IMS Security Framework §5.1.1.1–§5.1.1.2; LTI-CHECKLIST §2.2).
 *
 * <p>Invariants: no redirect is produced for an unknown issuer, an unknown or ambiguous client, an
 * unknown deployment or a target_link_uri off the tool origin; every redirect carries a fresh
 * 256-bit state and nonce, saved (with the browser binding hash, if any) before it is returned.
 */
public class LoginInitiationService {

    private final RegistrationDirectory directory;
    private final StateStore states;
    private final Clock clock;
    private final Duration stateTtl;
    private final ToolOrigin toolOrigin;
    private final URI redirectUri;

    /** For CDI normal-scope client proxies only (STYLE §7.4); never call it. */
    protected LoginInitiationService() {
        this.directory = null;
        this.states = null;
        this.clock = null;
        this.stateTtl = null;
        this.toolOrigin = null;
        this.redirectUri = null;
    }

    /**
     * @param directory   the known registrations
     * @param states      where login states are saved
     * @param clock       the source of "now"
     * @param stateTtl    how long the platform has to answer (minutes, not hours)
     * @param toolBaseUrl the tool's public base URL; target_link_uri must be on its origin
     * @param redirectUri the registered redirect_uri (the launch endpoint), on the tool origin
     */
    public LoginInitiationService(RegistrationDirectory directory, StateStore states, Clock clock,
                                  Duration stateTtl, URI toolBaseUrl, URI redirectUri) {
        this.directory = Objects.requireNonNull(directory, "Registration directory is required.");
        this.states = Objects.requireNonNull(states, "State store is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.stateTtl = Objects.requireNonNull(stateTtl, "State TTL is required.");
        this.toolOrigin = new ToolOrigin(toolBaseUrl);
        this.redirectUri = Objects.requireNonNull(redirectUri, "Redirect URI is required.");
        if (toolOrigin.parseOnOrigin(redirectUri.toString()).isEmpty()) {
            throw new IllegalArgumentException("Redirect URI must be on the tool origin: " + redirectUri);
        }
    }

    /**
     * @param req the login-initiation parameters
     * @return the authentication request to send the browser to
     * @throws InvalidLaunchException with a 400-class code from {@link LtiErrors}, or
     *                                {@link LtiErrors#UNKNOWN_DEPLOYMENT}
     */
    public AuthorizationRedirect initiate(LoginRequest req) {
        LoginParameters.validate(req);
        // Never redirect off the tool origin later on (open redirect), LTI-CHECKLIST §2.3 step 13.
        if (toolOrigin.parseOnOrigin(req.targetLinkUri()).isEmpty()) {
            throw new InvalidLaunchException(LtiErrors.INVALID_TARGET_LINK_URI, "target_link_uri not on the tool origin");
        }
        RegistrationRef registration = resolveRegistration(req.iss(), req.clientId());
        // LTI Core §4.1.2: when lti_deployment_id is sent it must be one we know for the client.
        if (LoginParameters.present(req.ltiDeploymentId())
                && !directory.isDeploymentKnown(registration.id(), req.ltiDeploymentId())) {
            throw new InvalidLaunchException(LtiErrors.UNKNOWN_DEPLOYMENT,
                    "lti_deployment_id unknown for registration " + registration.id());
        }
        LaunchState state = newState(registration, req);
        states.save(state);
        return new AuthorizationRedirect(registration.authUri(), authParams(registration, req, state), state);
    }

    // LTI Core §4.1.3 and LTI-CHECKLIST §2.1: registrations are keyed by (iss, client_id).
    private RegistrationRef resolveRegistration(String issuer, String clientId) {
        if (LoginParameters.present(clientId)) {
            return directory.find(issuer, clientId).orElseThrow(() -> new InvalidLaunchException(
                    directory.findByIssuer(issuer).isEmpty() ? LtiErrors.UNKNOWN_ISSUER : LtiErrors.UNKNOWN_CLIENT,
                    "no registration for the login's (iss, client_id)"));
        }
        List<RegistrationRef> candidates = directory.findByIssuer(issuer);
        if (candidates.isEmpty()) {
            throw new InvalidLaunchException(LtiErrors.UNKNOWN_ISSUER, "no registration for the login's iss");
        }
        if (candidates.size() > 1) {
            throw new InvalidLaunchException(LtiErrors.AMBIGUOUS_CLIENT,
                    "login without client_id for an issuer with " + candidates.size() + " registrations");
        }
        return candidates.get(0);
    }

    private LaunchState newState(RegistrationRef registration, LoginRequest req) {
        String binding = req.browserBinding() == null ? null : BrowserBinding.hash(req.browserBinding());
        return new LaunchState(RandomTokens.next(), RandomTokens.next(), registration.id(), req.targetLinkUri(),
                binding, clock.instant().plus(stateTtl), PlatformStorage.target(req.ltiStorageTarget()).orElse(null),
                PlatformStorage.relaunchQuery(req).orElse(null));
    }

    // Security Framework §5.1.1.2 and OIDC Core §3.1.2.1: the authentication request parameters.
    private Map<String, String> authParams(RegistrationRef registration, LoginRequest req, LaunchState state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", registration.clientId());
        params.put("redirect_uri", redirectUri.toString());
        params.put("login_hint", req.loginHint());
        params.put("state", state.state());
        params.put("nonce", state.nonce());
        if (req.ltiMessageHint() != null) {
            params.put("lti_message_hint", req.ltiMessageHint());
        }
        return params;
    }
}
