package org.childsafe.report.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.report.referral.application.ReferralOutbox.CallbackResult;

/**
 * Accepts a status callback from the network: verifies it ({@link NetworkCallbackVerifier}), applies it once
 * ({@link ReferralOutbox#applyCallback}) and, when it changed something, records it in the audit log and fires
 * {@link NetworkStatusChanged} inside the same transaction (the case chronology listens).
 */
@ApplicationScoped
public class NetworkCallbackService {

    @Inject
    ReferralConfig config;

    @Inject
    ToolConfig tool;

    @Inject
    NetworkKeys keys;

    @Inject
    ReferralOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Event<NetworkStatusChanged> changed;

    @Inject
    Clock clock;

    protected NetworkCallbackService() {
    }

    /** Applies a callback; throws {@link CallbackRejectedException} for anything not accepted. */
    @Transactional
    public CallbackResult receive(String compactJws) {
        VerifiedCallback callback = new NetworkCallbackVerifier(keys, config.callbackIssuer(), tool.baseUrl().toString(),
                config.callbackMaxAge(), clock).verify(compactJws);
        CallbackResult result = outbox.applyCallback(callback.idempotencyKey(), callback.jti(), callback.status(),
                callback.networkReference(), callback.message(), callback.issuedAt());
        if (result == CallbackResult.UNKNOWN_REFERRAL) {
            throw new CallbackRejectedException("referral.callback.unknown_referral", "no referral with this key");
        }
        if (result == CallbackResult.APPLIED) {
            audit.record("network", "report.referral.status", "referral:" + callback.idempotencyKey(),
                    "status=" + callback.status() + (callback.networkReference() == null ? "" : ", reference="
                            + callback.networkReference()));
            changed.fire(new NetworkStatusChanged(callback.idempotencyKey(), callback.status(), callback.issuedAt()));
        }
        return result;
    }
}
