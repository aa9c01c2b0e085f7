package org.childsafe.report.referral.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Signs referrals as a JWS (RS256, RFC 7515) with the tool's CURRENT key, whose kid the tool publishes at
 * {@code /api/lti/jwks}: the network verifies a referral with the same key set LMS platforms use for the tool.
 *
 * <h2>Message</h2>
 * Header {@code {"alg":"RS256","kid":…,"typ":"}{@value #TYPE}{@code "}}; claims {@code iss} (the tool's base URL),
 * {@code aud} (the network), {@code iat}, {@code jti} (the referral's idempotency key, the same on every retry) and
 * {@code referral} (the {@link org.childsafe.report.referral.domain.ReferralPayload#toJson() payload}). A message is
 * signed at each attempt, so a key rotation between attempts is harmless.
 */
public final class ReferralSigner {

    /** The JWS {@code typ} of a referral. */
    public static final String TYPE = "childsafe-referral+jwt";

    private final Supplier<RSAKey> signingKey;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    /**
     * @param signingKey the tool's CURRENT key with its private part ({@code ToolKeyService::signingKey})
     * @param issuer     the tool's base URL
     * @param audience   who the network is ({@code report.network.audience})
     * @param clock      for {@code iat}
     */
    public ReferralSigner(Supplier<RSAKey> signingKey, String issuer, String audience, Clock clock) {
        this.signingKey = Objects.requireNonNull(signingKey, "Signing key source is required.");
        this.issuer = Objects.requireNonNull(issuer, "Issuer is required.");
        this.audience = Objects.requireNonNull(audience, "Audience is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
    }

    /** The compact JWS of one referral. */
    public String sign(String idempotencyKey, Map<String, Object> referral) {
        RSAKey key = signingKey.get();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(clock.instant()))
                .jwtID(idempotencyKey)
                .claim("referral", referral)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(new JOSEObjectType(TYPE)).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the referral with tool key " + key.getKeyID() + ".", e);
        }
        return jwt.serialize();
    }
}
