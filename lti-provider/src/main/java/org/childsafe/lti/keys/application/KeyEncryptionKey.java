package org.childsafe.lti.keys.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts the tool's private keys at rest (the "KEK"), with a short id stored next to
 * every ciphertext ({@code tool_key.kek_id}) so a row can always name the KEK that wrapped it, which KEK rotation
 * needs.
 *
 * <p>Invariant: the key is a 256-bit AES key. {@link #toString()} never shows key bytes.
 *
 * @param id identifies the key, e.g. {@link #of(byte[])}'s first 8 hex digits of SHA-256 of the key bytes
 * @param key the 32-byte AES key
 */
public record KeyEncryptionKey(String id, SecretKey key) {

    /** Length of the key in bytes: AES-256. */
    public static final int KEY_BYTES = 32;

    public KeyEncryptionKey {
        Objects.requireNonNull(id, "Key-encryption key id is required.");
        Objects.requireNonNull(key, "Key-encryption key is required.");
        if (id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("Key-encryption key id must have 1 to 64 characters.");
        }
        byte[] encoded = key.getEncoded();
        int length = encoded == null ? -1 : encoded.length;
        if (encoded != null) {
            Arrays.fill(encoded, (byte) 0);
        }
        if (!"AES".equals(key.getAlgorithm()) || length != KEY_BYTES) {
            throw new IllegalArgumentException("The key-encryption key must be a 256-bit AES key.");
        }
    }

    /** A KEK from raw key bytes, with the first 8 hex digits of their SHA-256 as id. The array is copied. */
    public static KeyEncryptionKey of(byte[] keyBytes) {
        Objects.requireNonNull(keyBytes, "Key bytes are required.");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            return new KeyEncryptionKey(HexFormat.of().formatHex(digest, 0, 4), new SecretKeySpec(keyBytes, "AES"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM.", e);
        }
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[id=" + id + "]";
    }
}
