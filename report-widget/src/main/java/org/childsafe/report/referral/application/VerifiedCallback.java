package org.childsafe.report.referral.application;

import java.time.Instant;
import org.childsafe.report.referral.domain.NetworkStatus;

/**
 * A status callback whose signature, issuer, audience and age have been checked.
 *
 * @param jti              the callback's own id (replay protection)
 * @param idempotencyKey   which referral it is about
 * @param status           the network's new status
 * @param networkReference the network's reference, or {@code null}
 * @param message          a short note from the network, or {@code null}
 * @param issuedAt         when the network issued it (orders callbacks)
 */
public record VerifiedCallback(String jti, String idempotencyKey, NetworkStatus status, String networkReference,
        String message, Instant issuedAt) {
}
