package org.childsafe.report.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM on bytes: {@code IV(12) || ciphertext || tag(16)}, a fresh random IV per message (NIST SP 800-38D
 * §8.2.2: random 96-bit IVs are safe far beyond the messages one data key ever encrypts) and a context string as
 * additional authenticated data, so ciphertext moved to another case or purpose fails to decrypt.
 */
final class Aead {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    static byte[] seal(SecretKey key, byte[] plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv, context).doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JVM.", e);
        }
    }

    static byte[] open(SecretKey key, byte[] blob, String context) throws GeneralSecurityException {
        if (blob == null || blob.length < IV_BYTES + TAG_BITS / Byte.SIZE) {
            throw new GeneralSecurityException("ciphertext too short");
        }
        return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(blob, IV_BYTES), context)
                .doFinal(blob, IV_BYTES, blob.length - IV_BYTES);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
