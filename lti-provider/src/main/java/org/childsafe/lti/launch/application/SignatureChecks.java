package org.childsafe.lti.launch.application;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiErrors;

/**
 * The header and signature steps: nothing in the payload is trusted before these pass.
 * Key-carrying headers ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}) are ignored on purpose:
 * keys only ever come from the registered platform JWKS.
 */
final class SignatureChecks {

    private SignatureChecks() {
    }

    /**
     * IMS Security Framework §5.1.3 step 6 and LTI-CHECKLIST §2.3 step 2: RS256 only. Rejects
     * {@code none}, HMAC (an HS256 token "signed" with the public key), ECDSA and RSASSA-PSS.
     */
    static LaunchCheck algorithmIsRs256() {
        return new LaunchCheck("alg", LtiErrors.UNSUPPORTED_ALG, t -> {
            if (!(t.jwt() instanceof SignedJWT) || !JWSAlgorithm.RS256.equals(t.jwt().getHeader().getAlgorithm())) {
                throw new InvalidLaunchException(LtiErrors.UNSUPPORTED_ALG, "token alg is not RS256");
            }
        });
    }

    /** IMS Security Framework §6.3: the platform names its signing key with {@code kid}. */
    static LaunchCheck keyIdPresent() {
        return new LaunchCheck("kid", LtiErrors.MISSING_KID, t -> {
            String kid = ((SignedJWT) t.jwt()).getHeader().getKeyID();
            if (kid == null || kid.isBlank()) {
                throw new InvalidLaunchException(LtiErrors.MISSING_KID, "token header has no kid");
            }
        });
    }

    /**
     * IMS Security Framework §5.1.3 step 1 and OIDC Core §3.1.3.7 step 6: the signature must
     * verify with the key of the state's registration (RFC 7515 §5.2).
     */
    static LaunchCheck signatureVerifies(PlatformKeySource keys) {
        return new LaunchCheck("signature", LtiErrors.INVALID_SIGNATURE, t -> {
            SignedJWT jws = (SignedJWT) t.jwt();
            RSAKey key = keys.keyFor(t.registration(), jws.getHeader().getKeyID());
            if (!jws.verify(new RSASSAVerifier(key))) {
                throw new InvalidLaunchException(LtiErrors.INVALID_SIGNATURE,
                        "signature does not verify with platform key of registration " + t.registration().id());
            }
        });
    }
}
