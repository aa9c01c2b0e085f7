package org.childsafe.urlcheck.feeds;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link FeedSnapshot} from feed sources, off the request path, and validates it against the
 * previous snapshot before anyone may use it.
 *
 * <h2>Validation</h2>
 * A source that cannot be read fails the whole build ({@link RefreshOutcome#UNREADABLE}); a source that holds
 * no valid entry is {@link RefreshOutcome#INVALID}; a source whose accepted entries fell by more than
 * {@code maxDropRatio} against the same source in the previous snapshot is refused
 * ({@link RefreshOutcome#SIZE_DROP}) — a truncated download must not silently unblock half the web. Malformed
 * lines are skipped and counted ({@link FeedStats#parseErrors()}).
 */
public final class SnapshotBuilder {

    /** Default largest allowed shrink of a source between two snapshots: {@value}. */
    public static final double DEFAULT_MAX_DROP_RATIO = 0.5;

    private final Clock clock;
    private final double maxDropRatio;

    /**
     * @param clock        time source for fetch and build times
     * @param maxDropRatio largest allowed shrink of a source, 0..1 (e.g. {@value #DEFAULT_MAX_DROP_RATIO})
     */
    public SnapshotBuilder(Clock clock, double maxDropRatio) {
        this.clock = Objects.requireNonNull(clock, "Clock is required.");
        if (!(maxDropRatio >= 0 && maxDropRatio <= 1)) {
            throw new IllegalArgumentException("maxDropRatio must be within 0..1: " + maxDropRatio);
        }
        this.maxDropRatio = maxDropRatio;
    }

    /**
     * Builds and validates a snapshot; never touches the live one.
     *
     * @param sources  the sources, in order
     * @param previous the snapshot in use (its version + 1 becomes the new version; its figures are the
     *                 baseline of the size-drop check)
     * @param listener progress callback
     * @return {@link RefreshOutcome.Status#SWAPPED} with the new snapshot as {@code current} when it is valid
     *         (the caller swaps it in), otherwise REFUSED/FAILED with {@code previous} as {@code current}
     */
    public RefreshOutcome build(List<FeedSource> sources, FeedSnapshot previous, BuildListener listener) {
        return new Build(clock, maxDropRatio, previous, listener).run(sources);
    }
}
