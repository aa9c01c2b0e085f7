package org.childsafe.lti.launch.application;

import java.time.Instant;

/**
 * Port to the replay cache of id_token nonces (IMS Security Framework §5.1.3 step 9, OIDC Core
 * §3.1.3.7 step 11).
 *
 * <p>Invariant the implementation must keep: {@link #markUsed(long, String, Instant)} is atomic
 * and cluster-wide (a unique key on (registration, nonce) in the database), and a record is kept
 * at least until {@code expiresAt}.
 */
public interface NonceStore {

    /**
     * @param registrationId the registration the token belongs to
     * @param nonce          the nonce of an otherwise valid token
     * @param expiresAt      the instant after which the token would be rejected anyway
     * @return true when the nonce was unused and is now recorded; false when it was used before
     */
    boolean markUsed(long registrationId, String nonce, Instant expiresAt);
}
