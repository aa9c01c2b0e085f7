package org.childsafe.urlcheck.verdict;

import java.util.List;
import java.util.Objects;

/**
 * The answer for one link.
 *
 * @param rating            SAFE, CAUTION or UNSAFE for the policy's age band
 * @param input             the link as given (trimmed)
 * @param canonicalUrl      its canonical form
 * @param host              canonical host (ASCII)
 * @param displayHost       host for display (Unicode for IDNs, so a look-alike shows what it looks like)
 * @param registrableDomain registrable domain by the Public Suffix List, or {@code null} (IP literal or a
 *                          public suffix itself)
 * @param reasons           why, most severe first; never empty
 * @param matches           feed entries that matched (empty when none)
 * @param freshness         age of the feeds used
 */
public record Verdict(Rating rating, String input, String canonicalUrl, String host, String displayHost,
                      String registrableDomain, List<Reason> reasons, List<FeedMatch> matches,
                      Freshness freshness) {

    public Verdict {
        Objects.requireNonNull(rating, "Rating is required.");
        reasons = List.copyOf(reasons);
        matches = List.copyOf(matches);
        Objects.requireNonNull(freshness, "Freshness is required.");
    }
}
