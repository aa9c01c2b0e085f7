package org.childsafe.report.crypto;

/**
 * A case's data or data key could not be decrypted: the master key that wrapped it is not configured, or the
 * ciphertext was altered or copied from another case. The message names the case code and key id, never key
 * material or plaintext.
 */
public class CaseDecryptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
