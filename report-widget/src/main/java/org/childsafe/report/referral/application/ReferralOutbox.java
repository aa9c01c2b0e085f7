package org.childsafe.report.referral.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.childsafe.report.referral.domain.NetworkStatus;
import org.childsafe.report.referral.domain.ReferralPayload;

/**
 * The transactional outbox of referrals ({@code report_referral}).
 *
 * <h2>Guarantees</h2>
 * <ul>
 * <li>{@link #enqueue} joins the caller's transaction: the referral exists if and only if the escalation
 * committed.</li>
 * <li>{@link #claimDue} hands a row to one owner at a time: a conditional update sets the lease only where no
 * live lease exists, so of two nodes claiming at once exactly one gets each row.</li>
 * <li>{@link #recordDelivered} and {@link #recordFailed} change a row only while the caller still holds its lease
 * (a fencing check), and never delete it.</li>
 * <li>{@link #erasePayloadsDeliveredBefore} blanks the encrypted payload of DELIVERED rows once their period has
 * passed and keeps the row: the case page's delivery status ({@link ReferralView}) and later status callbacks do
 * not need the payload, and PENDING or DEAD rows (still to be sent) keep theirs.</li>
 * </ul>
 */
public interface ReferralOutbox {

    /** Stores a referral as PENDING, due now; returns its row id and idempotency key. */
    Enqueued enqueue(long deploymentPk, long caseId, ReferralPayload payload);

    /** The case reference earlier referrals of this case used, so the network sees one reference per case. */
    Optional<String> caseReferenceOf(long deploymentPk, long caseId);

    /** Claims up to {@code max} due PENDING rows for {@code owner} for {@code lease}. */
    List<ClaimedReferral> claimDue(String owner, Duration lease, int max);

    /** Marks a claimed row DELIVERED; false if {@code owner} no longer held the lease. */
    boolean recordDelivered(long id, String owner, int attempts, DeliveryOutcome outcome);

    /** Records a failed attempt; the row is due again at {@code nextAttempt}, or DEAD when {@code dead}. */
    boolean recordFailed(long id, String owner, int attempts, DeliveryOutcome outcome, Instant nextAttempt, boolean dead);

    /** Puts a DEAD row back to PENDING, due now, with its attempts reset. */
    boolean requeue(long deploymentPk, long id);

    /** Every referral of a case, newest first: the delivery status counselors see. */
    List<ReferralView> ofCase(long deploymentPk, long caseId);

    /**
     * Replaces the payload of every DELIVERED row delivered strictly before {@code cutoff} by an empty string,
     * inside the caller's transaction; rows already blanked are not counted again.
     *
     * @return how many payloads were erased
     */
    int erasePayloadsDeliveredBefore(Instant cutoff);

    /** Applies a verified status callback once; see {@link CallbackResult}. */
    CallbackResult applyCallback(String idempotencyKey, String jti, NetworkStatus status, String networkReference,
            String message, Instant issuedAt);

    /** Where a new referral went. */
    record Enqueued(long id, String idempotencyKey, String caseReference) {
    }

    /** What became of a status callback. */
    enum CallbackResult {
        /** The referral's network status changed. */
        APPLIED,
        /** This callback id was applied before; nothing changed. */
        DUPLICATE,
        /** A newer callback was applied before this one; recorded, nothing changed. */
        STALE,
        /** No referral has this idempotency key. */
        UNKNOWN_REFERRAL
    }
}
