package org.childsafe.urlcheck.verdict;

import java.time.Instant;

/**
 * A feed entry that matched the link.
 *
 * @param source     source name (e.g. {@code ut1})
 * @param category   category id (bundle key {@code urlcheck.category.<id>})
 * @param expression the lookup expression that matched, e.g. {@code example.com/}
 * @param rating     what this category means for the policy's age band
 * @param licence    licence of the source
 * @param fetchedAt  when the source was read
 * @param version    the source's version
 */
public record FeedMatch(String source, String category, String expression, Rating rating, String licence,
                        Instant fetchedAt, String version) {
}
