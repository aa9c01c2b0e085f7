package org.childsafe.lti.testplatform;

import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Key generation and token serialisation for {@link TestPlatform}, including deliberately broken tokens. */
final class JwsSigning {

    private JwsSigning() {
    }

    static RSAKey generateRsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Generating a test RSA key failed", e);
        }
    }

    static String sign(JWTClaimsSet claims, JWSAlgorithm alg, JWK key, String kid) {
        JWSHeader header = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signerFor(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing the test token failed", e);
        }
        return jwt.serialize();
    }

    /** An unsecured JWT (RFC 7519 §6): header {"alg":"none"}, empty signature part. Built by hand on purpose. */
    static String unsigned(JWTClaimsSet claims) {
        Base64URL header = Base64URL.encode("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        Base64URL payload = Base64URL.encode(claims.toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** The classic algorithm-confusion attack: HS256 with the RSA public key's encoding as HMAC secret. */
    static String hs256WithPublicKey(JWTClaimsSet claims, RSAKey rsa) {
        try {
            byte[] secret = rsa.toRSAPublicKey().getEncoded();
            return sign(claims, JWSAlgorithm.HS256, new OctetSequenceKey.Builder(secret).build(), rsa.getKeyID());
        } catch (JOSEException e) {
            throw new IllegalStateException("Reading the public key failed", e);
        }
    }

    private static JWSSigner signerFor(JWK key) throws JOSEException {
        if (key instanceof RSAKey rsa) {
            return new RSASSASigner(rsa);
        }
        if (key instanceof ECKey ec) {
            return new ECDSASigner(ec);
        }
        if (key instanceof OctetSequenceKey oct) {
            return new MACSigner(oct);
        }
        throw new IllegalArgumentException("Unsupported test key type " + key.getKeyType());
    }
}
