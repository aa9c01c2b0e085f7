package org.childsafe.report.links;

import java.util.Objects;

/**
 * What a URL checker says about one link, ready to show to a child.
 *
 * @param link        the link as typed
 * @param level       the checker's verdict
 * @param explanation a short reason in the reporter's language (already localised by the checker), or empty
 */
public record LinkVerdict(String link, Level level, String explanation) implements java.io.Serializable {

    /** The verdict levels of the URL checker (product row D2), plus {@link #UNKNOWN}. */
    public enum Level {
        SAFE, CAUTION, UNSAFE, UNKNOWN
    }

    public LinkVerdict {
        Objects.requireNonNull(link, "Link is required.");
        Objects.requireNonNull(level, "Level is required.");
        explanation = Objects.requireNonNullElse(explanation, "");
    }
}
