package org.childsafe.report.referral.application;

/** CDI event: a referral was queued; observed after commit to send it without waiting for the timer. */
public record ReferralQueued(long referralId) {
}
