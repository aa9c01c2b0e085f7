package org.childsafe.urlcheck.feeds;

import java.time.Instant;

/**
 * What one source contributed to a snapshot: shown on the admin freshness page and in verdicts.
 *
 * @param name        the source name
 * @param licence     the licence of its data
 * @param format      its format
 * @param location    where it was read from
 * @param fetchedAt   when it was read (or the "Updated:" time the file itself states, when it states one)
 * @param version     the version the data states (e.g. UT1 or URLhaus update stamp), or a content digest prefix
 * @param lines       lines read
 * @param entries     entries accepted (before de-duplication across sources)
 * @param parseErrors malformed lines skipped
 */
public record FeedStats(String name, String licence, FeedFormat format, String location, Instant fetchedAt,
                        String version, long lines, long entries, long parseErrors) {
}
