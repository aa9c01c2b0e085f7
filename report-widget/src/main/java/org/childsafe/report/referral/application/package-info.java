/**
 * Referral use cases: enqueue a referral in the transactional outbox with the escalation that causes it
 * ({@link org.childsafe.report.referral.application.ReferralOutbox}), deliver due rows through the configured
 * {@link org.childsafe.report.referral.application.NetworkConnector} with leases, backoff and a dead-letter state
 * ({@link org.childsafe.report.referral.application.ReferralDispatcher}), and apply signed status callbacks from
 * the network ({@link org.childsafe.report.referral.application.NetworkCallbackVerifier}).
 */
package org.childsafe.report.referral.application;
