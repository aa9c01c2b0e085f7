package org.childsafe.lti.keys.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts tool private keys at rest with AES-256-GCM under the {@link KeyEncryptionKey}.
 *
 * <h2>Format</h2>
 * {@code base64(IV || ciphertext || tag)}: a fresh random {@value #IV_BYTES}-byte IV for every encryption (never
 * reused under one key, as GCM requires: NIST SP 800-38D §8) and a {@value #TAG_BITS}-bit tag.
 *
 * <h2>Binding to the kid</h2>
 * The kid is the additional authenticated data, so a ciphertext copied onto another {@code tool_key} row does not
 * decrypt there: whoever can write the table cannot make the tool sign with a key that the JWKS publishes under a
 * different kid.
 *
 * <h2>Failures</h2>
 * Decryption fails with {@link KeyDecryptionException}, never {@code null}.
 */
public final class KeyCipher {

    /** IV length recommended for GCM. */
    public static final int IV_BYTES = 12;
    /** Authentication tag length. */
    public static final int TAG_BITS = 128;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final KeyEncryptionKey kek;
    private final SecureRandom random = new SecureRandom();

    public KeyCipher(KeyEncryptionKey kek) {
        this.kek = Objects.requireNonNull(kek, "Key-encryption key is required.");
    }

    /** Id of the KEK this cipher uses, to store with each ciphertext. */
    public String kekId() {
        return kek.id();
    }

    /** Encrypts {@code plain} bound to {@code kid}; the result is base64 text. */
    public String encrypt(byte[] plain, String kid) {
        Objects.requireNonNull(plain, "Plaintext is required.");
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, kid).doFinal(plain);
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM encryption is not available in this JVM.", e);
        }
    }

    /** Decrypts what {@link #encrypt} returned for the same kid under the same KEK. */
    public byte[] decrypt(String b64, String kid) {
        Objects.requireNonNull(b64, "Ciphertext is required.");
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new KeyDecryptionException(kid, kek.id(), "the stored value is not base64", null);
        }
        if (blob.length < IV_BYTES + TAG_BITS / Byte.SIZE) {
            throw new KeyDecryptionException(kid, kek.id(), "the stored value is too short", null);
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(blob, IV_BYTES), kid)
                    .doFinal(blob, IV_BYTES, blob.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new KeyDecryptionException(kid, kek.id(),
                    "authentication failed (wrong key-encryption key, altered ciphertext, or ciphertext of another kid)", e);
        } catch (GeneralSecurityException e) {
            throw new KeyDecryptionException(kid, kek.id(), e.getClass().getSimpleName(), e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String kid) throws GeneralSecurityException {
        Objects.requireNonNull(kid, "Kid is required.");
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, kek.key(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
