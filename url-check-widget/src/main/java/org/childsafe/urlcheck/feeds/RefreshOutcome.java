package org.childsafe.urlcheck.feeds;

import java.util.List;
import java.util.Objects;

/**
 * The result of one feed refresh.
 *
 * @param status    what happened
 * @param current   the snapshot in use afterwards (the new one, or the last good one)
 * @param code      stable code when not {@link Status#SWAPPED}: {@value #SIZE_DROP}, {@value #UNREADABLE}
 *                  or {@value #INVALID}; {@code null} otherwise
 * @param detail    the source concerned and figures, for the operator's log and admin page (no user data)
 * @param attempted per-source figures of the attempted build (empty when reading failed early)
 */
public record RefreshOutcome(Status status, FeedSnapshot current, String code, String detail,
                             List<FeedStats> attempted) {

    /** A source shrank by more than the allowed ratio against the previous snapshot. */
    public static final String SIZE_DROP = "urlcheck.feed.size_drop";
    /** A source could not be read. */
    public static final String UNREADABLE = "urlcheck.feed.unreadable";
    /** A source was read but held no valid entry, or too many categories. */
    public static final String INVALID = "urlcheck.feed.invalid";

    /** Whether the new snapshot went live. */
    public enum Status {
        /** The new snapshot is live. */
        SWAPPED,
        /** The build was refused by validation; the last good snapshot stays. */
        REFUSED,
        /** The build failed; the last good snapshot stays. */
        FAILED
    }

    public RefreshOutcome {
        Objects.requireNonNull(status, "Status is required.");
        Objects.requireNonNull(current, "Current snapshot is required.");
        attempted = List.copyOf(attempted);
    }
}
