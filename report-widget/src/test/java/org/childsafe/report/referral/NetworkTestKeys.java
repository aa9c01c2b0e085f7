package org.childsafe.report.referral;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Really generated RSA keys for the tool and the network, and signed callbacks made with them. */
public final class NetworkTestKeys {

    public static final String NETWORK_ISSUER = "https://network.example.vn";
    public static final String TOOL_AUDIENCE = "https://childsafe.school.example";

    private NetworkTestKeys() {
    }

    public static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims of a valid callback about {@code referral} issued at {@code iat}. */
    public static JWTClaimsSet.Builder callback(String referral, String status, Instant iat) {
        return new JWTClaimsSet.Builder()
                .issuer(NETWORK_ISSUER)
                .audience(TOOL_AUDIENCE)
                .issueTime(Date.from(iat))
                .jwtID(UUID.randomUUID().toString())
                .claim("referral", referral)
                .claim("status", status)
                .claim("reference", "VN-COP-2026-000123");
    }

    public static String sign(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
