/**
 * The checker's entry point: {@link org.childsafe.urlcheck.verdict.UrlChecker} turns a raw link (or a text with
 * links) and a {@link org.childsafe.urlcheck.verdict.CheckPolicy} (age band, per-category ratings, school lists)
 * into a {@link org.childsafe.urlcheck.verdict.Verdict}: SAFE / CAUTION / UNSAFE with reasons a child
 * understands (bundle keys {@code urlcheck.reason.<code>}), the matching feed entries and their freshness.
 */
package org.childsafe.urlcheck.verdict;
