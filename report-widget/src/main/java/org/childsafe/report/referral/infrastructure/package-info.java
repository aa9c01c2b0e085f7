/**
 * Referral adapters: the JDBC outbox, the HTTPS webhook connector, the network's key source for callbacks, and the
 * timer that runs the dispatcher on every node.
 */
package org.childsafe.report.referral.infrastructure;
