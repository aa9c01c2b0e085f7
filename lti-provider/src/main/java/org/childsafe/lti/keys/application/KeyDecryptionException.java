package org.childsafe.lti.keys.application;

/**
 * A tool private key could not be decrypted: the ciphertext was altered or truncated, it belongs to another kid,
 * or it was encrypted under a different key-encryption key than the configured one. The tool must not sign
 * anything then, so this is never swallowed. The message names the kid and the KEK id, never key material.
 */
public class KeyDecryptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyDecryptionException(String kid, String kekId, String reason, Throwable cause) {
        super("Cannot decrypt the private key of tool key '" + kid + "' with key-encryption key '" + kekId + "': "
                + reason, cause);
    }
}
