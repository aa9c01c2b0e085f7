package org.childsafe.urlcheck.feeds;

import java.time.Instant;

/**
 * One (source, category) pair of a snapshot: what a matching index entry says about a URL.
 *
 * @param source    source name
 * @param category  category id (bundle key {@code urlcheck.category.<id>})
 * @param licence   licence of the source
 * @param fetchedAt when the source was read
 * @param version   the source's version
 */
public record FeedList(String source, String category, String licence, Instant fetchedAt, String version) {
}
