package org.childsafe.lti.keys.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.childsafe.lti.keys.domain.KeyStatus;
import org.childsafe.lti.keys.domain.ToolKey;

/**
 * Turns key material into {@link ToolKey} rows and back: generates RS256 keys, seals their PKCS#8 private part
 * with the {@link KeyCipher}, and opens it again. The only place the plaintext private key exists as bytes; those
 * arrays are zeroed after use.
 */
final class ToolKeyVault {

    /** RSA modulus length; 2048 is the minimum RFC 7518 §3.3 allows for RS256. */
    static final int KEY_SIZE = 2048;

    private final KeyCipher cipher;

    ToolKeyVault(KeyCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "Key cipher is required.");
    }

    ToolKey newKey(String kid, KeyStatus status, Instant now) {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(kid)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed for kid '" + kid + "'.", e);
        }
        byte[] pkcs8 = privateKeyBytes(key);
        try {
            return new ToolKey(key, status, cipher.encrypt(pkcs8, kid), cipher.kekId(), now);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** The stored key with its private part, ready to sign. */
    RSAKey open(ToolKey stored) {
        if (!stored.kekId().equals(cipher.kekId())) {
            throw new KeyDecryptionException(stored.kid(), cipher.kekId(),
                    "it was encrypted under key-encryption key '" + stored.kekId() + "'", null);
        }
        RSAKey publicKey = stored.publicKey();
        byte[] pkcs8 = cipher.decrypt(stored.privateKeyEnc(), stored.kid());
        try {
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            if (!privateKey.getModulus().equals(publicKey.getModulus().decodeToBigInteger())) {
                throw new KeyDecryptionException(stored.kid(), cipher.kekId(), "it does not match the public key", null);
            }
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyDecryptionException(stored.kid(), cipher.kekId(), "it is not an RSA PKCS#8 private key", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static byte[] privateKeyBytes(RSAKey key) {
        try {
            return key.toRSAPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot export the generated private key of '" + key.getKeyID() + "'.", e);
        }
    }
}
