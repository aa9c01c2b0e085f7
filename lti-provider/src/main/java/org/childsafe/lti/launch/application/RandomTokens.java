package org.childsafe.lti.launch.application;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values for state, nonce and the browser binding cookie: 256 bits, base64url. */
final class RandomTokens {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
