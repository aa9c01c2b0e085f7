package org.childsafe.urlcheck.refresh;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.childsafe.urlcheck.UrlCheckConfig;
import java.util.logging.Logger;
import org.childsafe.urlcheck.feeds.BundledFeeds;
import org.childsafe.urlcheck.feeds.FeedFormat;
import org.childsafe.urlcheck.feeds.FeedSource;

/**
 * The operator's feed sources from configuration ({@code urlcheck.feeds.sources} and
 * {@code urlcheck.feeds.<name>.*}), checked once at startup: a wrong value stops the application naming the key.
 * Locations are {@code classpath:}, {@code file:} or {@code https:} ({@code http:} only for a loopback host: a mirror
 * on the same machine); {@code UT1} (a directory of categories) must be local. The name {@value #BUNDLED} stands for the data shipped in the feeds jar ({@link BundledFeeds}: UT1 and
 * URLhaus), {@value #NONE} for no feed at all.
 */
final class FeedSources {

    /** Source name of the bundled data. */
    static final String BUNDLED = "bundled";

    /** Source name meaning "no feeds". */
    static final String NONE = "none";

    private static final String INVALID = "Configuration urlcheck.feeds.%s.%s %s";
    private static final Logger LOG = Logger.getLogger(FeedSources.class.getName());

    /** A file inside the feeds jar, to tell whether it is deployed. */
    private static final String BUNDLED_MARKER = "org/childsafe/urlcheck/feeds/data/ut1/blacklists/VERSION";

    private FeedSources() {
    }

    static List<FeedSource> configured(UrlCheckConfig config) {
        List<FeedSource> sources = new ArrayList<>();
        for (String name : config.sourceNames()) {
            if (name.equals(NONE)) {
                continue;
            }
            if (name.equals(BUNDLED)) {
                if (FeedSources.class.getClassLoader().getResource(BUNDLED_MARKER) == null) {
                    LOG.warning("urlcheck.feeds.sources names 'bundled' but the feeds jar is not on the class path.");
                } else {
                    sources.addAll(BundledFeeds.sources());
                }
                continue;
            }
            if (!name.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
                throw new IllegalStateException("Configuration urlcheck.feeds.sources has an invalid name '" + name
                        + "': lower-case letters, digits, - and _, at most 32.");
            }
            FeedFormat format = format(name, config.sourceValue(name, "format")
                    .orElseThrow(() -> new IllegalStateException(String.format(INVALID, name, "format", "is required"))));
            URI location = location(name, format, config.sourceValue(name, "location")
                    .orElseThrow(() -> new IllegalStateException(String.format(INVALID, name, "location", "is required"))));
            String licence = config.sourceValue(name, "licence").orElse("unknown");
            String category = config.sourceValue(name, "category").orElse(null);
            if (format != FeedFormat.UT1 && category == null) {
                throw new IllegalStateException(String.format(INVALID, name, "category", "is required for " + format));
            }
            sources.add(new FeedSource(name, licence, format, location, category,
                    config.sourceValue(name, "attribution").orElse("")));
        }
        return sources;
    }

    private static FeedFormat format(String name, String value) {
        try {
            return FeedFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(String.format(INVALID, name, "format", "must be one of UT1, HOSTS, DOMAINS, URLS, ADBLOCK"));
        }
    }

    private static URI location(String name, FeedFormat format, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("classpath", "file", "https").contains(scheme) && !FeedFetcher.remote(uri)) {
                throw new IllegalStateException(String.format(INVALID, name, "location",
                        "must start with classpath:, file: or https: (http: only for localhost)"));
            }
            if (FeedFetcher.remote(uri) && (format == FeedFormat.UT1 || uri.getHost() == null)) {
                throw new IllegalStateException(String.format(INVALID, name, "location",
                        "must be a local directory for UT1 and an https URL with a host otherwise"));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(String.format(INVALID, name, "location", "is not a URI"));
        }
    }
}
