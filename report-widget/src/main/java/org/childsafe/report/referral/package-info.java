/**
 * Referral of an escalated case to the national child-protection network: a minimised, signed payload put in a
 * transactional outbox with the escalation, delivered at least once by a dispatcher that claims rows with a lease,
 * deduplicated by the network through a stable idempotency key (so exactly once from the school's point of view),
 * and status callbacks from the network, signed by it, that update the case. Design: ADR 0012.
 */
package org.childsafe.report.referral;
