package org.childsafe.report.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a client address into an opaque rate-limit key: HMAC-SHA256 under a random salt made at start-up and held
 * only in memory. The address itself is never kept, and the key cannot be turned back into it (not even by trying
 * every IPv4 address) without the salt, which is never written anywhere.
 */
public final class SourceKeys {

    private final SecretKeySpec salt;

    public SourceKeys() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.salt = new SecretKeySpec(random, "HmacSHA256");
    }

    /** The key of {@code address}; an unknown address shares one key. */
    public String of(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            byte[] digest = mac.doFinal((address == null ? "unknown" : address).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM.", e);
        }
    }
}
