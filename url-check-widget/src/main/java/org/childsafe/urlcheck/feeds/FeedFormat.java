package org.childsafe.urlcheck.feeds;

/** How a feed's text is read; each format tolerates and counts malformed lines instead of failing. */
public enum FeedFormat {
    /**
     * The UT1 blacklists directory ({@code <dir>/<category>/domains} and {@code urls}); the category of an
     * entry is its directory name.
     */
    UT1,
    /** A hosts file: {@code 0.0.0.0 name} or {@code 127.0.0.1 name [name…]}; {@code #} comments. */
    HOSTS,
    /** One domain per line; {@code #} or {@code !} comments. */
    DOMAINS,
    /** One URL or {@code host/path} per line. */
    URLS,
    /**
     * Adblock-style rules: {@code ||domain^} (whole site) and {@code ||host/path^} (URL prefix), options after
     * {@code $} ignored; {@code !} comments; exception rules ({@code @@}) and cosmetic rules are skipped and
     * counted as unsupported.
     */
    ADBLOCK
}
