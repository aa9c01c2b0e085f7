/**
 * What a referral is made of: the minimum set of facts the national network needs ({@link
 * org.childsafe.report.referral.domain.ReferralPayload}), the optional identity of the child that only a recorded
 * legal basis lets through, and the delivery and network states a referral goes through.
 */
package org.childsafe.report.referral.domain;
