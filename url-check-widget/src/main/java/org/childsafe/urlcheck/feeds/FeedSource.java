package org.childsafe.urlcheck.feeds;

import java.net.URI;
import java.util.Objects;

/**
 * Where a feed comes from and what it means. Sources are configured by the operator (never by a user), so
 * reading them is not a server-side fetch of user input.
 *
 * @param name        short stable name shown with every match, e.g. {@code ut1}, {@code urlhaus}
 * @param licence     licence of the data, shown with the attribution, e.g. {@code CC BY-SA 4.0}
 * @param format      how to parse it
 * @param location    {@code file:}, {@code classpath:} (the bundled data jar) or {@code https:}
 * @param category    category id given to every entry of a single-category feed (e.g. {@code malware});
 *                    {@code null} for {@link FeedFormat#UT1}, whose directory names are the categories
 * @param attribution the attribution text the licence asks for (may be empty)
 */
public record FeedSource(String name, String licence, FeedFormat format, URI location, String category,
                         String attribution) {

    public FeedSource {
        Objects.requireNonNull(name, "Feed name is required.");
        Objects.requireNonNull(licence, "Feed licence is required.");
        Objects.requireNonNull(format, "Feed format is required.");
        Objects.requireNonNull(location, "Feed location is required.");
        if (format != FeedFormat.UT1 && (category == null || category.isBlank())) {
            throw new IllegalArgumentException("Feed " + name + " needs a category.");
        }
        attribution = attribution == null ? "" : attribution;
    }
}
