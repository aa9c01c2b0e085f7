package org.childsafe.lti.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.session.application.LaunchIdentity;

/**
 * Audits each roster read from the platform (children's names were fetched into memory): actor
 * {@code lti-user:<registration>:<user>}, action {@value #ACTION}, target
 * {@code registration:<id>/deployment:<pk>/context:<pk>}, detail the member count. Ids only, never names. Its own
 * transaction, so the platform call is never inside one.
 */
@ApplicationScoped
public class RosterAudit {

    /** The audit action of a roster read. */
    public static final String ACTION = "roster.read";

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(LaunchIdentity caller, int members, boolean resourceLinkFilter) {
        audit.record("lti-user:" + caller.registrationId() + ":" + caller.userId(), ACTION,
                "registration:" + caller.registrationId() + "/deployment:" + caller.deploymentPk() + "/context:"
                        + caller.contextPk(), "members=" + members + (resourceLinkFilter ? ", rlid" : ""));
    }
}
