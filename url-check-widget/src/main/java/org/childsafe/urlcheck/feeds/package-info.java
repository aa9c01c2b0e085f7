/**
 * Block-list feeds (UT1 categories, hosts files, plain domain lists, Adblock-style rules, URLhaus) parsed into
 * an immutable {@link org.childsafe.urlcheck.feeds.FeedSnapshot}: a compact index of 64-bit fingerprints in
 * primitive arrays with a small category-set id per entry. A {@link org.childsafe.urlcheck.feeds.SnapshotBuilder}
 * builds a snapshot off the request path, validates it against the previous one, and the checker swaps it in
 * atomically; a refresh that fails or looks wrong leaves the last good snapshot in place.
 */
package org.childsafe.urlcheck.feeds;
