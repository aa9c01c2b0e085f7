package org.childsafe.urlcheck.verdict;

import java.time.Instant;

/**
 * How current the feeds behind a verdict are.
 *
 * @param snapshotVersion version of the snapshot used (0 = no feeds loaded yet)
 * @param builtAt         when that snapshot was built
 * @param oldestSource    fetch time of its oldest source
 */
public record Freshness(long snapshotVersion, Instant builtAt, Instant oldestSource) {

    /** @return whether any feed was loaded; a verdict without feeds only reflects the URL's own warnings */
    public boolean loaded() {
        return snapshotVersion > 0;
    }
}
