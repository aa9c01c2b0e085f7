package org.childsafe.report.referral.domain;

/**
 * Where a referral stands in the outbox. {@link #PENDING} rows are sent by the dispatcher until the network
 * accepts them ({@link #DELIVERED}) or the attempts run out ({@link #DEAD}: an operator looks, fixes the cause and
 * requeues). No row ever leaves the table by being sent: nothing is lost.
 */
public enum DeliveryState {
    /** Committed, not yet accepted by the network; the dispatcher sends it when {@code next_attempt_at} is due. */
    PENDING,
    /** The network answered 2xx (or "already received") for its idempotency key. */
    DELIVERED,
    /** Failed {@code report.network.max-attempts} times; kept for an operator to requeue. */
    DEAD
}
