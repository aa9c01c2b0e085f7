package org.childsafe.report.referral.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due referrals: claim with a lease, sign, hand to the {@link NetworkConnector}, record the outcome.
 *
 * <h2>At least once, exactly once for the school</h2>
 * A row stays PENDING until the network accepts it, so a crash anywhere (before the send, during it, after it but
 * before recording) leaves it PENDING with a lease that expires, and a dispatcher (on this node after a restart, or
 * on another) sends it again. Every send of a row carries the same idempotency key, so the network keeps one
 * referral however often it is sent. Leases ({@code report.network.lease-seconds}) are much longer than the HTTP
 * timeout, so a live dispatcher's row is not taken over while it is being sent.
 *
 * <h2>Retries</h2>
 * A failed attempt is retried after {@link Backoff#delayAfter(int)}; the {@code maxAttempts}-th failure moves the
 * row to DEAD, where an operator sees it on the case and can requeue it.
 *
 * <p>Plain Java: {@code ReferralDispatchTimer} runs one per node; tests run several against one database.
 */
public final class ReferralDispatcher {

    private static final Logger LOG = Logger.getLogger(ReferralDispatcher.class.getName());

    private final ReferralOutbox outbox;
    private final NetworkConnector connector;
    private final ReferralSigner signer;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration lease;
    private final Clock clock;
    private final String owner;

    public ReferralDispatcher(ReferralOutbox outbox, NetworkConnector connector, ReferralSigner signer, Backoff backoff,
            int maxAttempts, Duration lease, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "Outbox is required.");
        this.connector = Objects.requireNonNull(connector, "Connector is required.");
        this.signer = Objects.requireNonNull(signer, "Signer is required.");
        this.backoff = Objects.requireNonNull(backoff, "Backoff is required.");
        this.lease = Objects.requireNonNull(lease, "Lease is required.");
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is required.");
        }
        this.maxAttempts = maxAttempts;
        this.owner = "dispatcher-" + UUID.randomUUID();
    }

    /** The lease owner name of this dispatcher (unique per instance: a restarted node is a new owner). */
    public String owner() {
        return owner;
    }

    /**
     * Claims up to {@code batch} due referrals and tries each once.
     *
     * @return how many were delivered in this round
     */
    public int dispatchDue(int batch) {
        List<ClaimedReferral> claimed = outbox.claimDue(owner, lease, batch);
        int delivered = 0;
        for (ClaimedReferral referral : claimed) {
            if (attempt(referral)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean attempt(ClaimedReferral referral) {
        int attempt = referral.attempts() + 1;
        DeliveryOutcome outcome = send(referral, attempt);
        if (outcome.delivered()) {
            boolean recorded = outbox.recordDelivered(referral.id(), owner, attempt, outcome);
            LOG.info(() -> "Referral " + referral.id() + " delivered on attempt " + attempt
                    + (recorded ? "." : ", but its lease had passed to another dispatcher (the network deduplicates)."));
            return recorded;
        }
        boolean dead = attempt >= maxAttempts;
        Instant next = clock.instant().plus(dead ? Duration.ZERO : backoff.delayAfter(attempt));
        outbox.recordFailed(referral.id(), owner, attempt, outcome, next, dead);
        Level level = dead ? Level.SEVERE : Level.WARNING;
        LOG.log(level, () -> "Referral " + referral.id() + " attempt " + attempt + " failed (" + outcome.error() + ")"
                + (dead ? "; it is now DEAD after " + attempt + " attempts and waits for an operator." : "; next at " + next + "."));
        return false;
    }

    private DeliveryOutcome send(ClaimedReferral referral, int attempt) {
        if (referral.referral() == null) {
            return DeliveryOutcome.failed(0, "payload.unreadable");
        }
        try {
            String message = signer.sign(referral.idempotencyKey(), referral.referral());
            return connector.deliver(new DeliveryAttempt(referral.idempotencyKey(), message, attempt));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Referral " + referral.id() + ": the connector or signer failed.", e);
            return DeliveryOutcome.failed(0, "connector.exception");
        }
    }
}
