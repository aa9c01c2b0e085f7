package org.childsafe.report.referral.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childsafe.report.referral.domain.NetworkStatus;

/**
 * Checks a status callback from the national network, failing closed, in this order:
 * <ol>
 * <li>it is a compact JWS with {@code alg} RS256 or ES256 (never {@code none} or an HMAC, which a public key
 * cannot check) and a {@code kid};</li>
 * <li>the kid is in the network's key set ({@link NetworkKeys}, fetched again once for an unknown kid) and the
 * signature verifies (RFC 7515 §5.2);</li>
 * <li>{@code iss} is {@code report.network.callback.issuer}; {@code aud} contains the tool's base URL (RFC 7519
 * §4.1.1, §4.1.3), so a callback meant for another school's tool is refused;</li>
 * <li>{@code iat} is at most {@code max-age} old and not in the future beyond the leeway; {@code exp}, if present,
 * has not passed;</li>
 * <li>{@code jti}, {@code referral} (the idempotency key) and a known {@code status} are present.</li>
 * </ol>
 * Replays of a valid callback within its age are caught afterwards by the {@code jti} table; stale ones by
 * {@code iat} ordering.
 */
public final class NetworkCallbackVerifier {

    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration LEEWAY = Duration.ofSeconds(60);

    private final NetworkKeys keys;
    private final Optional<String> issuer;
    private final String audience;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param keys     the network's public keys
     * @param issuer   the expected {@code iss}; without one every callback is refused
     * @param audience the tool's base URL, expected in {@code aud}
     * @param maxAge   how old {@code iat} may be
     * @param clock    the time
     */
    public NetworkCallbackVerifier(NetworkKeys keys, Optional<String> issuer, String audience, Duration maxAge, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "Network keys are required.");
        this.issuer = Objects.requireNonNull(issuer, "Issuer (possibly empty) is required.");
        this.audience = Objects.requireNonNull(audience, "Audience is required.");
        this.maxAge = Objects.requireNonNull(maxAge, "Maximum age is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /** The verified callback, or {@link CallbackRejectedException} with the first failed check's code. */
    public VerifiedCallback verify(String compactJws) {
        if (issuer.isEmpty()) {
            throw reject("not_configured", "report.network.callback.issuer is not set");
        }
        SignedJWT jwt = parse(compactJws);
        checkSignature(jwt);
        JWTClaimsSet claims = claims(jwt);
        if (!issuer.get().equals(claims.getIssuer())) {
            throw reject("issuer", "unexpected iss");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            throw reject("audience", "aud does not name this tool");
        }
        Instant issuedAt = checkTimes(claims);
        String jti = claims.getJWTID();
        String referral = text(claims, "referral", 64);
        NetworkStatus status = NetworkStatus.parse(text(claims, "status", 32))
                .orElseThrow(() -> reject("malformed", "unknown status"));
        if (jti == null || jti.isBlank() || jti.length() > 100 || referral == null || !KEY.matcher(referral).matches()) {
            throw reject("malformed", "jti or referral missing or malformed");
        }
        return new VerifiedCallback(jti, referral, status, text(claims, "reference", 100), text(claims, "message", 500),
                issuedAt);
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private static SignedJWT parse(String compactJws) {
        if (compactJws == null || compactJws.length() > 16_384) {
            throw reject("malformed", "no JWS or too long");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(compactJws.strip());
            if (!ALLOWED.contains(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
                throw reject("signature", "algorithm not allowed or no kid");
            }
            return jwt;
        } catch (ParseException e) {
            throw reject("malformed", "not a compact JWS");
        }
    }

    private void checkSignature(SignedJWT jwt) {
        String kid = jwt.getHeader().getKeyID();
        JWK key = find(kid, false).or(() -> find(kid, true))
                .orElseThrow(() -> reject("signature", "unknown kid"));
        try {
            if (!jwt.verify(verifier(jwt.getHeader().getAlgorithm(), key))) {
                throw reject("signature", "signature does not verify");
            }
        } catch (JOSEException e) {
            throw reject("signature", "key cannot verify this algorithm");
        }
    }

    private Optional<JWK> find(String kid, boolean refresh) {
        return keys.keys(refresh).map(set -> set.getKeyByKeyId(kid));
    }

    private static JWSVerifier verifier(JWSAlgorithm algorithm, JWK key) throws JOSEException {
        if (algorithm == JWSAlgorithm.RS256 && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toRSAPublicKey());
        }
        if (algorithm == JWSAlgorithm.ES256 && key instanceof ECKey ec) {
            return new ECDSAVerifier(ec.toECPublicKey());
        }
        throw new JOSEException("Key type does not match the algorithm.");
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw reject("malformed", "payload is not a claims set");
        }
    }

    private Instant checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw reject("malformed", "no iat");
        }
        Instant issued = iat.toInstant();
        if (issued.isAfter(now.plus(LEEWAY)) || issued.isBefore(now.minus(maxAge))) {
            throw reject("expired", "iat outside the accepted window");
        }
        Date exp = claims.getExpirationTime();
        if (exp != null && exp.toInstant().isBefore(now.minus(LEEWAY))) {
            throw reject("expired", "exp has passed");
        }
        return issued;
    }

    private static String text(JWTClaimsSet claims, String name, int max) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.length() > max) {
            throw reject("malformed", name + " is not a short string");
        }
        return text.isBlank() ? null : text.strip();
    }

    private static CallbackRejectedException reject(String code, String reason) {
        return new CallbackRejectedException("referral.callback." + code, reason);
    }
}
