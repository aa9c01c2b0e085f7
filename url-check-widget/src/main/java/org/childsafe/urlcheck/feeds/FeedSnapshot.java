package org.childsafe.urlcheck.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, complete view of all feeds at one moment: the index, the table of category sets, the
 * (source, category) lists and per-source figures. A checker reads exactly one snapshot per check, so a swap
 * can never show a check half of the old feeds and half of the new.
 */
public final class FeedSnapshot {

    private static final FeedSnapshot EMPTY = new FeedSnapshot(0, Instant.EPOCH, List.of(),
            FingerprintIndex.empty(), new int[0][], List.of());

    private final long version;
    private final Instant builtAt;
    private final List<FeedStats> sources;
    private final FingerprintIndex index;
    private final int[][] sets;
    private final List<FeedList> lists;
    private final Instant oldestSource;

    FeedSnapshot(long version, Instant builtAt, List<FeedStats> sources, FingerprintIndex index, int[][] sets,
                 List<FeedList> lists) {
        this.version = version;
        this.builtAt = Objects.requireNonNull(builtAt, "Build time is required.");
        this.sources = List.copyOf(sources);
        this.index = index;
        this.sets = sets;
        this.lists = List.copyOf(lists);
        this.oldestSource = this.sources.stream().map(FeedStats::fetchedAt).min(Instant::compareTo).orElse(builtAt);
    }

    /** @return the snapshot with no entries (version 0), the state before the first load */
    public static FeedSnapshot empty() {
        return EMPTY;
    }

    /** @return increasing number of this snapshot (0 = empty) */
    public long version() {
        return version;
    }

    /** @return when this snapshot was built */
    public Instant builtAt() {
        return builtAt;
    }

    /** @return per-source figures, in configuration order */
    public List<FeedStats> sources() {
        return sources;
    }

    /** @return distinct fingerprints in the index */
    public int entryCount() {
        return index.size();
    }

    /** @return bytes used by the index arrays */
    public long indexBytes() {
        return index.bytes();
    }

    /** @return the oldest fetch time among the sources, or {@link #builtAt()} when there are none */
    public Instant oldestSource() {
        return oldestSource;
    }

    /**
     * @param fingerprint a fingerprint from {@link org.childsafe.urlcheck.canonical.LookupExpressions#fingerprints}
     * @return the category-set id of the entry, or -1 when the expression is in no feed
     */
    public int find(long fingerprint) {
        return index.find(fingerprint);
    }

    /**
     * @param setId an id from {@link #find(long)}
     * @return the lists (source, category) the entry belongs to
     */
    public List<FeedList> listsOf(int setId) {
        int[] ids = sets[setId];
        FeedList[] out = new FeedList[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = lists.get(ids[i]);
        }
        return List.of(out);
    }

    /** @return number of distinct category sets (each entry points to one) */
    public int categorySetCount() {
        return sets.length;
    }

    @Override
    public String toString() {
        return "FeedSnapshot[version=" + version + ", entries=" + entryCount() + ", builtAt=" + builtAt + "]";
    }
}
