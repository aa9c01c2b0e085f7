package org.childsafe.urlcheck.refresh;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.childsafe.urlcheck.feeds.FeedStats;

/**
 * What the operator sees on {@code /admin/urlcheck.xhtml}: the snapshot in use, the refresh in progress, the last
 * outcome and failure, and the cluster lease. Immutable; {@link FeedRefresher#status()} makes a new one each time.
 *
 * @param state          LOADING (a build runs and nothing is loaded yet), READY, or EMPTY (no sources or every
 *                       build failed)
 * @param version        version of the snapshot in use (0 = none)
 * @param builtAt        when it was built, or {@code null}
 * @param entries        distinct fingerprints in its index
 * @param indexBytes     memory of its index arrays
 * @param sources        per-source figures of the snapshot in use
 * @param progress       while a build runs: source → {lines, entries} read so far
 * @param building       whether a build runs on this instance now
 * @param lastAttempt    when this instance last built, or {@code null}
 * @param lastOutcome    SWAPPED / REFUSED / FAILED of that build, or {@code null}
 * @param lastFailure    when the last refused or failed build ended, or {@code null}
 * @param failureCode    its stable code ({@code urlcheck.feed.*}), or {@code null}
 * @param failureDetail  its detail (source and figures, never feed content), or {@code null}
 * @param attempted      per-source figures of the last build, also when refused (parse errors show here)
 * @param generation     generation this instance runs
 * @param lease          the cluster's lease row, or {@code null} when it could not be read
 */
public record FeedStatus(String state, long version, Instant builtAt, long entries, long indexBytes,
        List<FeedStats> sources, Map<String, long[]> progress, boolean building, Instant lastAttempt,
        String lastOutcome, Instant lastFailure, String failureCode, String failureDetail, List<FeedStats> attempted,
        long generation, FeedLease.State lease) {
}
