package org.childsafe.lti.testplatform;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.childsafe.lti.launch.application.NonceStore;

/**
 * Test double of {@link NonceStore}: an in-memory set of (registration, nonce) with the same
 * atomic "first caller wins" semantics as the unique key of the database adapter.
 */
public final class InMemoryNonceStore implements NonceStore {

    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    @Override
    public boolean markUsed(long registrationId, String nonce, Instant expiresAt) {
        return used.putIfAbsent(key(registrationId, nonce), expiresAt) == null;
    }

    /**
     * @param registrationId the registration id
     * @param nonce          a nonce
     * @return true when an accepted launch has recorded the nonce
     */
    public boolean isUsed(long registrationId, String nonce) {
        return used.containsKey(key(registrationId, nonce));
    }

    private static String key(long registrationId, String nonce) {
        return registrationId + "\u0000" + nonce;
    }
}
