package org.childsafe.report.referral.application;

import java.time.Instant;
import org.childsafe.report.referral.domain.NetworkStatus;

/** CDI event: the network reported a new status for a referral (fired inside the callback's transaction). */
public record NetworkStatusChanged(String idempotencyKey, NetworkStatus status, Instant issuedAt) {
}
