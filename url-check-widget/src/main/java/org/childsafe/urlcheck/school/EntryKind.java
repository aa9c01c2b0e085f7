package org.childsafe.urlcheck.school;

/** How a school list entry matches a checked link. */
public enum EntryKind {
    /** A host and every host under it: {@code example.com} matches {@code www.example.com}. */
    DOMAIN,
    /** A canonical URL prefix: {@code https://example.com/games/} matches everything below that path. */
    URL_PREFIX
}
