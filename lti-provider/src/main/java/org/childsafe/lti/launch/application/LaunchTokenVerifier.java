package org.childsafe.lti.launch.application;

import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LaunchState;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.RegistrationRef;

/**
 * Verifies the id_token of an LTI 1.3 launch (IMS Security Framework 1.0 §5.1.3, OIDC Core
 * §3.1.3.7, LTI Core 1.3 §5.3–§5.4; LTI-CHECKLIST §2.3).
 *
 * <p>It exists so that one class owns the order and the completeness of launch validation. The
 * checks are a fixed, ordered list of {@link LaunchCheck}s that fail closed: the first failure
 * rejects with its {@link LtiErrors} code, and an unexpected exception inside a check is a
 * rejection, never a pass.
 *
 * <h2>Order</h2>
 * <ol>
 * <li>parse: a compact JWT of three parts, at most {@value #MAX_TOKEN_CHARS} characters;</li>
 * <li>the registration is the one the state was issued for, never one chosen by the token;</li>
 * <li>alg RS256, kid present, signature with the registration's platform key;</li>
 * <li>iss, aud, azp, exp, iat (with leeway and a maximum token age), nonce equals the state's;</li>
 * <li>deployment_id, version, message_type, roles;</li>
 * <li>resource_link, target_link_uri, deep_linking_settings (by message type);</li>
 * <li>sub or anonymous, context, custom, launch_presentation and tool_platform;</li>
 * <li>last, the nonce is recorded as used.</li>
 * </ol>
 * Recording the nonce is the only step with a side effect, so it runs last: a forged, expired or
 * otherwise invalid token can never burn the nonce of a genuine launch still in flight, and only
 * an accepted launch consumes it.
 */
public class LaunchTokenVerifier {

    /** The default maximum age of a token measured from its iat: {@value #DEFAULT_MAX_TOKEN_AGE_MINUTES} minutes. */
    public static final long DEFAULT_MAX_TOKEN_AGE_MINUTES = 10;
    /** Tokens longer than this are rejected unparsed. */
    public static final int MAX_TOKEN_CHARS = 64 * 1024;

    private final Clock clock;
    private final RegistrationDirectory directory;
    private final List<LaunchCheck> checks;
    private final LaunchCheck replayCheck;

    /** For CDI normal-scope client proxies only (STYLE §7.4); never call it. */
    protected LaunchTokenVerifier() {
        this.clock = null;
        this.directory = null;
        this.checks = null;
        this.replayCheck = null;
    }

    /** Same as the full constructor with a maximum token age of {@value #DEFAULT_MAX_TOKEN_AGE_MINUTES} minutes. */
    public LaunchTokenVerifier(Clock clock, Duration leeway, RegistrationDirectory directory, PlatformKeySource keys,
                               NonceStore nonces, URI toolBaseUrl, Set<LtiMessageType> supported) {
        this(clock, leeway, directory, keys, nonces, toolBaseUrl, supported,
                Duration.ofMinutes(DEFAULT_MAX_TOKEN_AGE_MINUTES));
    }

    /**
     * @param clock       the source of "now"
     * @param leeway      clock skew tolerated on exp and iat (LTI-CHECKLIST §4 item 2 suggests 60 s)
     * @param directory   registrations and deployments
     * @param keys        platform public keys
     * @param nonces      the nonce replay store
     * @param toolBaseUrl the tool's public base URL; target_link_uri must be on its origin
     * @param supported   the message types this tool accepts
     * @param maxTokenAge how old (by iat) a token may be
     */
    public LaunchTokenVerifier(Clock clock, Duration leeway, RegistrationDirectory directory, PlatformKeySource keys,
                               NonceStore nonces, URI toolBaseUrl, Set<LtiMessageType> supported,
                               Duration maxTokenAge) {
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        this.directory = Objects.requireNonNull(directory, "Registration directory is required.");
        Objects.requireNonNull(leeway, "Leeway is required.");
        this.checks = List.of(
                SignatureChecks.algorithmIsRs256(),
                SignatureChecks.keyIdPresent(),
                SignatureChecks.signatureVerifies(Objects.requireNonNull(keys, "Key source is required.")),
                IdTokenChecks.issuerMatches(),
                IdTokenChecks.audienceContainsClient(),
                IdTokenChecks.authorizedPartyIsClient(),
                IdTokenChecks.notExpired(leeway),
                IdTokenChecks.issuedInWindow(leeway, Objects.requireNonNull(maxTokenAge, "Max token age is required.")),
                IdTokenChecks.nonceMatchesState(),
                LtiCoreChecks.deploymentKnown(directory),
                LtiCoreChecks.versionIs13(),
                LtiCoreChecks.messageTypeSupported(Set.copyOf(supported)),
                LtiCoreChecks.rolesIsArray(),
                MessageChecks.resourceLinkPresent(),
                MessageChecks.targetLinkUriOnToolOrigin(new ToolOrigin(toolBaseUrl)),
                MessageChecks.deepLinkingSettingsPresent(),
                IdentityChecks.subjectOrAnonymous(),
                IdentityChecks.contextShape(),
                IdentityChecks.customIsStringMap(),
                IdentityChecks.presentationAndPlatformShape());
        this.replayCheck = IdTokenChecks.nonceNotReplayed(Objects.requireNonNull(nonces, "Nonce store is required."),
                leeway);
    }

    /**
     * @param idToken the id_token form field
     * @param state   the login state, already consumed and browser-checked by the caller
     * @return the validated launch
     * @throws InvalidLaunchException with the code of the first failing step
     */
    public LaunchClaims verify(String idToken, LaunchState state) {
        Objects.requireNonNull(state, "State is required.");
        JWT jwt = parse(idToken);
        RegistrationRef registration = directory.findById(state.registrationId()).orElseThrow(() ->
                new InvalidLaunchException(LtiErrors.UNKNOWN_CLIENT, "registration of the state no longer exists"));
        LaunchToken token = new LaunchToken(jwt, claimsOf(jwt), state, registration, clock.instant());
        for (LaunchCheck check : checks) {
            check.run(token);
        }
        LaunchClaims claims = map(token);
        replayCheck.run(token);
        return claims;
    }

    private static LaunchClaims map(LaunchToken token) {
        try {
            return LaunchClaimsMapper.map(token);
        } catch (InvalidLaunchException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidLaunchException(LtiErrors.INVALID_CLAIM, "mapping failed with " + e.getClass().getSimpleName());
        }
    }

    // RFC 7515 §7.1 compact serialisation: three base64url parts (a JWE would have five).
    private static JWT parse(String idToken) {
        if (idToken == null || idToken.length() > MAX_TOKEN_CHARS || idToken.split("\\.", -1).length != 3) {
            throw new InvalidLaunchException(LtiErrors.MALFORMED_TOKEN, "id_token is not a three-part compact JWT");
        }
        try {
            return JWTParser.parse(idToken);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidLaunchException(LtiErrors.MALFORMED_TOKEN, "id_token cannot be parsed");
        }
    }

    private static JWTClaimsSet claimsOf(JWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new InvalidLaunchException(LtiErrors.MALFORMED_TOKEN, "id_token payload is not a JSON claims set");
        }
    }
}
