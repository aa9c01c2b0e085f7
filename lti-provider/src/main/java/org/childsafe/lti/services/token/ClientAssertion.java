package org.childsafe.lti.services.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.childsafe.lti.keys.application.ToolKeyService;

/**
 * Builds the JWT the tool authenticates with at a platform's token endpoint (IMS Security Framework 1.0 §4.1.1;
 * RFC 7523 §3): RS256 with the tool's current key, header {@code kid} and {@code typ: JWT}; claims {@code iss} =
 * {@code sub} = client id, {@code aud} = the configured token audience or else the token URL, {@code iat},
 * {@code exp} = iat + 5 minutes and a random {@code jti} (Sakai refuses a replayed jti).
 */
public class ClientAssertion {

    /** Lifetime of an assertion: it is used once, right away. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Supplier<RSAKey> signingKey;
    private final Clock clock;

    public ClientAssertion(Supplier<RSAKey> signingKey, Clock clock) {
        this.signingKey = Objects.requireNonNull(signingKey, "Signing key source is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    public ClientAssertion(ToolKeyService toolKeys, Clock clock) {
        this(toolKeys::signingKey, clock);
    }

    /** A new signed assertion for one token request. */
    public String create(TokenEndpoint endpoint) {
        RSAKey key = signingKey.get();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(endpoint.clientId())
                .subject(endpoint.clientId())
                .audience(endpoint.assertionAudience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the client assertion with tool key " + key.getKeyID() + ".", e);
        }
        return jwt.serialize();
    }
}
