package org.childsafe.report.referral.domain;

import java.util.Locale;
import java.util.Optional;

/** What the national network reports back about a referral through its signed status callbacks. */
public enum NetworkStatus {
    /** Logged by the network; nobody has taken it yet. */
    RECEIVED,
    /** A case worker of the network took the referral. */
    ACCEPTED,
    /** The network is acting (contacting the child's family, police, platform). */
    IN_PROGRESS,
    /** The network closed its case. */
    CLOSED,
    /** The network will not act on it (out of scope, not enough information); see the message. */
    REJECTED;

    /** The status named by a callback's {@code status} member, if it is one of ours. */
    public static Optional<NetworkStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
