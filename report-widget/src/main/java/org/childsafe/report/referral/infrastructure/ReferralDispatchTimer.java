package org.childsafe.report.referral.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.report.referral.application.Backoff;
import org.childsafe.report.referral.application.NetworkConnector;
import org.childsafe.report.referral.application.ReferralConfig;
import org.childsafe.report.referral.application.ReferralDispatcher;
import org.childsafe.report.referral.application.ReferralSigner;

/**
 * Runs this node's {@link ReferralDispatcher} every {@value #EVERY_SECONDS} seconds (and on demand through
 * {@link #dispatchNow()}, which the escalation triggers after commit). Every node of a cluster runs one; leases in
 * the outbox keep them from sending the same row. When {@code report.network.enabled} is false nothing is sent
 * and escalations wait in the outbox.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReferralDispatchTimer {

    static final int EVERY_SECONDS = 15;
    static final int BATCH = 20;

    private static final Logger LOG = Logger.getLogger(ReferralDispatchTimer.class.getName());

    @Inject
    ReferralConfig config;

    @Inject
    ToolConfig tool;

    @Inject
    JdbcReferralOutbox outbox;

    @Inject
    ToolKeyService toolKeys;

    @Inject
    @Any
    Instance<NetworkConnector> connectors;

    @Inject
    Clock clock;

    private ReferralDispatcher dispatcher;
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void create() {
        NetworkConnector connector = connectors.stream().filter(c -> c.id().equals(config.connector())).findFirst()
                .orElseThrow(() -> new IllegalStateException("report.network.connector=" + config.connector()
                        + " names no installed connector."));
        ReferralSigner signer = new ReferralSigner(toolKeys::signingKey, tool.baseUrl().toString(), config.audience(), clock);
        dispatcher = new ReferralDispatcher(outbox, connector, signer,
                new Backoff(config.backoffInitial(), config.backoffMax(), new SecureRandom()), config.maxAttempts(),
                config.lease(), clock);
    }

    @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
    void onTimer() {
        dispatchNow();
    }

    /** {@link #dispatchNow()} on a container thread. */
    @Asynchronous
    public void dispatchSoon() {
        dispatchNow();
    }

    /** Sends what is due now, unless sending is disabled or this node is already sending. */
    public void dispatchNow() {
        if (!config.enabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int delivered;
            do {
                delivered = dispatcher.dispatchDue(BATCH);
            } while (delivered == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Referral dispatch round failed; the next round retries.", e);
        } finally {
            running.set(false);
        }
    }
}
