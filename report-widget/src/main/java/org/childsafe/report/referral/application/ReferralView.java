package org.childsafe.report.referral.application;

import java.time.Instant;
import org.childsafe.report.referral.domain.DeliveryState;
import org.childsafe.report.referral.domain.NetworkStatus;

/**
 * The delivery status of one referral, as the case page shows it. No payload: only states, times and codes.
 *
 * @param id               row id
 * @param caseReference    the reference the network knows the case by
 * @param state            outbox state
 * @param attempts         attempts made
 * @param nextAttemptAt    when the next attempt is due (PENDING only)
 * @param lastError        code of the last failure, or {@code null}
 * @param identityIncluded whether the child's identity was sent
 * @param createdAt        when the counselor escalated
 * @param deliveredAt      when the network accepted it, or {@code null}
 * @param networkStatus    the last status the network reported, or {@code null}
 * @param networkReference the network's reference, or {@code null}
 * @param networkMessage   the network's last message, or {@code null}
 */
public record ReferralView(long id, String caseReference, DeliveryState state, int attempts, Instant nextAttemptAt,
        String lastError, boolean identityIncluded, Instant createdAt, Instant deliveredAt, NetworkStatus networkStatus,
        String networkReference, String networkMessage) {
}
