package org.childsafe.lti.launch.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Binds a login state to the browser that started it (LTI-CHECKLIST §2.2: state bound to the
 * browser by a {@code SameSite=None; Secure} cookie).
 *
 * <p>It exists so the web layer and {@link LaunchService} agree on how the cookie is generated
 * and compared. Invariants: the raw cookie value is only ever in the browser; the server keeps
 * its SHA-256 hex ({@link org.childsafe.lti.launch.domain.LaunchState#browserBinding()}); the
 * comparison is constant-time ({@link MessageDigest#isEqual(byte[], byte[])}).
 */
public final class BrowserBinding {

    private BrowserBinding() {
    }

    /** @return a new random cookie value (256 bits, base64url) */
    public static String newCookieValue() {
        return RandomTokens.next();
    }

    /**
     * @param cookieValue the raw cookie value
     * @return its SHA-256 as lower-case hex
     */
    public static String hash(String cookieValue) {
        Objects.requireNonNull(cookieValue, "Cookie value is required.");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cookieValue.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * @param expectedHash the hash saved with the state
     * @param cookieValue  the cookie value sent with the authentication response, may be null
     * @return true only when the cookie is present and hashes to {@code expectedHash}
     */
    public static boolean matches(String expectedHash, String cookieValue) {
        if (expectedHash == null || cookieValue == null) {
            return false;
        }
        byte[] expected = expectedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(cookieValue).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
