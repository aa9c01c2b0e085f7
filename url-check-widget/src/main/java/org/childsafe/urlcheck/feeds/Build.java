package org.childsafe.urlcheck.feeds;

import java.time.Clock;
import java.util.List;

/** One snapshot build (placeholder until the parsers land: every build fails and the previous snapshot stays). */
final class Build {

    private final FeedSnapshot previous;

    Build(Clock clock, double maxDropRatio, FeedSnapshot previous, BuildListener listener) {
        this.previous = previous;
    }

    RefreshOutcome run(List<FeedSource> sources) {
        return new RefreshOutcome(RefreshOutcome.Status.FAILED, previous, RefreshOutcome.UNREADABLE,
                "feed parsers not built yet", List.of());
    }
}
