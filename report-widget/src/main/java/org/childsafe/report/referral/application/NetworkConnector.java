package org.childsafe.report.referral.application;

/**
 * The port to the national network (the Spi of referral delivery): hands one signed referral to the outside world
 * and says what happened. The default is {@code WebhookConnector} (HTTPS JSON webhook); a deployment may add
 * another CDI bean implementing this interface and select it with {@code report.network.connector}.
 *
 * <h2>Contract</h2>
 * <ul>
 * <li>Called outside any transaction, at least once per referral and possibly more than once (a node may die after
 * sending and before recording): the receiver must treat {@link DeliveryAttempt#idempotencyKey()} as the identity
 * of the referral, and the connector must pass it on.</li>
 * <li>Never throws for a failure of the network: returns {@link DeliveryOutcome#failed}. An exception is counted as
 * a failed attempt all the same.</li>
 * <li>Returns {@link DeliveryOutcome#delivered} only when the network has durably accepted the referral (or says
 * it already had it).</li>
 * </ul>
 */
public interface NetworkConnector {

    /** The value of {@code report.network.connector} that selects this connector. */
    String id();

    /** Sends one referral; see the class documentation. */
    DeliveryOutcome deliver(DeliveryAttempt attempt);
}
