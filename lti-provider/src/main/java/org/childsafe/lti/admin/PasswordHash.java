package org.childsafe.lti.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password stored as PBKDF2-HMAC-SHA256 with a random salt, in the text form
 * {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}.
 *
 * <h2>Parameters</h2>
 * New hashes use {@value #ITERATIONS} iterations (OWASP Password Storage Cheat Sheet, 2023, for
 * PBKDF2-HMAC-SHA256), a 16-byte salt and a 32-byte key. Stored hashes with fewer than {@value #ITERATIONS}
 * iterations are refused, so a tampered setting cannot weaken the hash.
 *
 * <h2>Verification</h2>
 * {@link #matches(char[])} derives the candidate's key and compares with {@link MessageDigest#isEqual}, whose
 * time does not depend on where the keys differ.
 */
public final class PasswordHash {

    /** Iterations of new hashes and the minimum accepted when parsing. */
    public static final int ITERATIONS = 210_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] key;

    private PasswordHash(int iterations, byte[] salt, byte[] key) {
        this.iterations = iterations;
        this.salt = salt;
        this.key = key;
    }

    /** Hashes a password with a fresh random salt. */
    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Reads the text form; refuses anything malformed or weaker than {@value #ITERATIONS} iterations. */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("Not a " + SCHEME + " password hash.");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] key = Base64.getDecoder().decode(parts[3]);
            if (iterations < ITERATIONS || iterations > MAX_ITERATIONS || salt.length < SALT_BYTES || key.length != KEY_BITS / 8) {
                throw new IllegalArgumentException("Password hash parameters are out of range.");
            }
            return new PasswordHash(iterations, salt, key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Password hash iterations are not a number.", e);
        }
    }

    /** Whether the candidate is the password this hash was made from (constant-time comparison). */
    public boolean matches(char[] candidate) {
        return MessageDigest.isEqual(key, derive(candidate, salt, iterations));
    }

    /** The text form stored in {@code tool_setting}. */
    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key);
    }

    /** Never the hash itself: logs and debuggers see only the scheme. */
    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by the Java platform but unavailable.", e);
        } finally {
            spec.clearPassword();
        }
    }
}
