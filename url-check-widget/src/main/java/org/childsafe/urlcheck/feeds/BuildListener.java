package org.childsafe.urlcheck.feeds;

/** Progress of a snapshot build, for the admin page ("loading ut1: 1.2 M lines"). Called from the build thread. */
@FunctionalInterface
public interface BuildListener {

    /** A listener that ignores progress. */
    BuildListener NONE = (source, lines, entries) -> { };

    /**
     * @param source  the source being read
     * @param lines   lines read so far from it
     * @param entries entries accepted so far from it
     */
    void progress(String source, long lines, long entries);
}
