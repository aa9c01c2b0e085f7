package org.childsafe.report.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.childsafe.report.referral.application.ReferralQueued;

/**
 * Starts a dispatch round as soon as an escalation has committed, so a referral leaves within seconds rather than
 * at the next timer tick. Runs asynchronously: the counselor's request does not wait for the network.
 */
@ApplicationScoped
public class ReferralKick {

    @Inject
    ReferralDispatchTimer timer;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralQueued queued) {
        timer.dispatchSoon();
    }
}
