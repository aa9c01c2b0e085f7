package org.childsafe.report.referral.application;

import java.util.Map;

/**
 * A PENDING referral leased to one dispatcher, with its payload decrypted ({@code null} when it could not be
 * decrypted, which the dispatcher records as a failed attempt).
 *
 * @param id             row id
 * @param deploymentPk   the school
 * @param caseId         the case
 * @param idempotencyKey identity of the referral at the network
 * @param attempts       attempts made before this one
 * @param referral       the payload as JSON object, or {@code null}
 */
public record ClaimedReferral(long id, long deploymentPk, long caseId, String idempotencyKey, int attempts,
        Map<String, Object> referral) {
}
