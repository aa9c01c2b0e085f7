package org.childsafe.urlcheck.verdict;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.childsafe.urlcheck.canonical.LookupExpressions;

/** {@link SchoolLists} over a map from canonical lookup expression to entry; matched like a feed entry. */
final class InMemorySchoolLists implements SchoolLists {

    private final Map<String, ListMatch> byExpression = new HashMap<>();

    InMemorySchoolLists(Collection<String> allow, Collection<String> block) {
        put(allow, ListMatch.Kind.ALLOW);
        put(block, ListMatch.Kind.BLOCK); // after allow: block wins an identical expression
    }

    private void put(Collection<String> entries, ListMatch.Kind kind) {
        for (String entry : entries) {
            try {
                byExpression.put(expression(entry), new ListMatch(kind, entry.strip()));
            } catch (InvalidUrlException e) {
                // invalid entries are refused when saved; one that slipped through must not break checks
            }
        }
    }

    static String expression(String entry) {
        CanonicalUrl url = Canonicalizer.canonicalize(entry);
        return url.host() + url.path() + (url.query() == null ? "" : "?" + url.query());
    }

    @Override
    public Optional<ListMatch> match(CanonicalUrl url) {
        if (byExpression.isEmpty()) {
            return Optional.empty();
        }
        ListMatch best = null;
        int bestLength = -1;
        List<String> expressions = LookupExpressions.of(url);
        for (String e : expressions) {
            ListMatch m = byExpression.get(e);
            if (m != null && (e.length() > bestLength
                    || (e.length() == bestLength && m.kind() == ListMatch.Kind.BLOCK))) {
                best = m;
                bestLength = e.length();
            }
        }
        return Optional.ofNullable(best);
    }
}
