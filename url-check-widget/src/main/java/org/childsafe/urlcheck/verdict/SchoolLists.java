package org.childsafe.urlcheck.verdict;

import java.util.Collection;
import java.util.Optional;
import org.childsafe.urlcheck.canonical.CanonicalUrl;

/**
 * A school's own allow and block entries. An allow match beats every feed; a block match makes a link
 * UNSAFE. The web part keeps the entries in its database and hands the checker an implementation; the
 * in-memory one from {@link #of(Collection, Collection)} is ready to use.
 */
public interface SchoolLists {

    /** No school entries. */
    SchoolLists NONE = url -> Optional.empty();

    /**
     * @param url the canonical URL being checked
     * @return the deciding entry, if any; when both an allow and a block entry match, the more specific one
     *         (longer expression) wins, and block wins a tie (fail closed)
     */
    Optional<ListMatch> match(CanonicalUrl url);

    /**
     * Lists from entries as a school admin types them: a domain ({@code example.com}, which covers its
     * subdomains) or a URL prefix ({@code example.com/videos/}, {@code https://example.com/a/b}). Each entry
     * is canonicalised like a checked link; an entry that is not a valid link is ignored (the web part
     * validates entries with {@link #validate(String)} before saving).
     *
     * @param allow allowed entries
     * @param block blocked entries
     * @return immutable lists, safe to share between threads
     */
    static SchoolLists of(Collection<String> allow, Collection<String> block) {
        return new InMemorySchoolLists(allow, block);
    }

    /**
     * @param entry an entry as typed
     * @return the canonical expression the entry will match on (e.g. {@code example.com/videos/})
     * @throws org.childsafe.urlcheck.canonical.InvalidUrlException when the entry is not a link
     */
    static String validate(String entry) {
        return InMemorySchoolLists.expression(entry);
    }
}
