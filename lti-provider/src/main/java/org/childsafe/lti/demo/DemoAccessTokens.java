package org.childsafe.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.childsafe.lti.keys.application.ToolKeyService;

/**
 * The demo platform's OAuth 2 token endpoint logic (IMS Security Framework 1.0 §4.1, RFC 7523): the tool
 * authenticates with a JWT client assertion signed with its key, which is checked against the tool's JWKS like a
 * real platform does — RS256, known {@code kid}, signature, {@code iss} = {@code sub} = the demo client id,
 * {@code aud} = the token URL, not expired, {@code jti} used once. Tokens live {@value #LIFETIME_SECONDS} s, like
 * Moodle's, so the tool's token cache and 401 handling are exercised.
 */
@ApplicationScoped
public class DemoAccessTokens {

    /** Lifetime of an access token, as Moodle's. */
    public static final int LIFETIME_SECONDS = 60;
    static final String GRANT_TYPE = "client_credentials";
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** Clock skew accepted on {@code exp} and {@code iat}. */
    static final Duration SKEW = Duration.ofSeconds(5);
    /** At most this many tokens or used jtis are kept; the demo refuses more rather than grow. */
    static final int MAX_ENTRIES = 10_000;

    /** An OAuth error answer (RFC 6749 §5.2). */
    public static final class OAuthException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String error;

        OAuthException(String error, String description) {
            super(description);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** A granted token. */
    public record Issued(String token, Set<String> scopes, int expiresIn) {
    }

    private record Grant(Set<String> scopes, Instant expiresAt) {
    }

    @Inject
    ToolKeyService toolKeys;

    @Inject
    DemoPlatform demo;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();

    /** Checks a client credentials request and issues a token for the granted scopes. */
    public Issued issue(String grantType, String assertionType, String assertion, String scope, Instant now)
            throws OAuthException {
        if (!GRANT_TYPE.equals(grantType)) {
            throw new OAuthException("unsupported_grant_type", "Only client_credentials is supported.");
        }
        if (!ASSERTION_TYPE.equals(assertionType) || assertion == null) {
            throw new OAuthException("invalid_request", "A jwt-bearer client_assertion is required.");
        }
        JWTClaimsSet claims = verify(assertion, now);
        Set<String> granted = new LinkedHashSet<>();
        for (String requested : scope == null ? new String[0] : scope.trim().split("\\s+")) {
            if (DemoLaunches.AGS_SCOPES.contains(requested) || DemoMembershipsServlet.NRPS_SCOPE.equals(requested)) {
                granted.add(requested);
            }
        }
        if (granted.isEmpty()) {
            throw new OAuthException("invalid_scope", "None of the requested scopes is offered.");
        }
        purge(now);
        if (tokens.size() >= MAX_ENTRIES || usedJtis.size() >= MAX_ENTRIES) {
            throw new OAuthException("temporarily_unavailable", "Too many tokens; try again in a minute.");
        }
        if (usedJtis.putIfAbsent(claims.getJWTID(), claims.getExpirationTime().toInstant()) != null) {
            throw new OAuthException("invalid_client", "The client assertion's jti was already used.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Grant(Set.copyOf(granted), now.plusSeconds(LIFETIME_SECONDS)));
        return new Issued(token, Set.copyOf(granted), LIFETIME_SECONDS);
    }

    /** The scopes of a valid, unexpired bearer token. */
    public Optional<Set<String>> scopes(String token, Instant now) {
        Grant grant = token == null ? null : tokens.get(token);
        return grant == null || !now.isBefore(grant.expiresAt()) ? Optional.empty() : Optional.of(grant.scopes());
    }

    /** Forgets every token, as a platform restart would (the tool then gets 401 and must refresh once). */
    public void revokeAll() {
        tokens.clear();
    }

    private JWTClaimsSet verify(String assertion, Instant now) throws OAuthException {
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new OAuthException("invalid_client", "The client assertion must be RS256.");
            }
            JWK key = toolKeys.publicJwks().getKeyByKeyId(jwt.getHeader().getKeyID());
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
                throw new OAuthException("invalid_client", "The client assertion is not signed with a key of the tool's JWKS.");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!DemoPlatform.CLIENT_ID.equals(claims.getIssuer()) || !DemoPlatform.CLIENT_ID.equals(claims.getSubject())) {
                throw new OAuthException("invalid_client", "iss and sub must be the client id.");
            }
            if (claims.getAudience() == null || !claims.getAudience().contains(demo.tokenUrl().toString())) {
                throw new OAuthException("invalid_client", "aud must be the token URL.");
            }
            if (claims.getExpirationTime() == null || !now.minus(SKEW).isBefore(claims.getExpirationTime().toInstant())) {
                throw new OAuthException("invalid_client", "The client assertion has expired.");
            }
            if (claims.getIssueTime() != null && claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
                throw new OAuthException("invalid_client", "The client assertion is issued in the future.");
            }
            if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
                throw new OAuthException("invalid_client", "The client assertion needs a jti.");
            }
            return claims;
        } catch (ParseException | JOSEException e) {
            throw new OAuthException("invalid_client", "The client assertion is not a signed JWT.");
        }
    }

    private void purge(Instant now) {
        tokens.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
        usedJtis.values().removeIf(expiry -> expiry.plus(SKEW).isBefore(now));
    }
}
