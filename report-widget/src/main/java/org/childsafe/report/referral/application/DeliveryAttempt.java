package org.childsafe.report.referral.application;

import java.util.Objects;

/**
 * One try at handing a referral to the network.
 *
 * @param idempotencyKey the referral's identity at the network: the same on every attempt (a UUID)
 * @param signedMessage  the compact JWS (signed with the tool key) whose payload carries the referral
 * @param attempt        1 for the first try, 2 for the first retry, …
 */
public record DeliveryAttempt(String idempotencyKey, String signedMessage, int attempt) {

    public DeliveryAttempt {
        Objects.requireNonNull(idempotencyKey, "Idempotency key is required.");
        Objects.requireNonNull(signedMessage, "Signed message is required.");
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1.");
        }
    }
}
