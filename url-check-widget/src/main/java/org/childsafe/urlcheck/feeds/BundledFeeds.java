package org.childsafe.urlcheck.feeds;

import java.net.URI;
import java.util.List;

/**
 * The feeds shipped in the separate data artifact {@code url-check-widget-<version>-feeds.jar} (see its
 * {@code ATTRIBUTION.md}): UT1 categories (CC BY-SA 4.0) and URLhaus (CC0). The default configuration of the
 * web part loads these; an operator may point sources at fresher files or HTTPS URLs instead.
 */
public final class BundledFeeds {

    /** Classpath root of the data inside the data jar. */
    public static final String ROOT = "classpath:/org/childsafe/urlcheck/feeds/data/";

    /** Attribution the UT1 licence asks for, shown wherever UT1 categories are shown. */
    public static final String UT1_ATTRIBUTION = "UT1 blacklists by Fabrice Prigent, Université Toulouse Capitole, "
            + "CC BY-SA 4.0 (dsi.ut-capitole.fr/blacklists)";

    /** Attribution of URLhaus (CC0 needs none; we give it anyway). */
    public static final String URLHAUS_ATTRIBUTION = "URLhaus by abuse.ch, via malware-filter, CC0";

    private BundledFeeds() {
    }

    /** @return the bundled sources, under {@link #ROOT} */
    public static List<FeedSource> sources() {
        return sources(ROOT);
    }

    /**
     * @param root the directory that holds {@code ut1/} and {@code urlhaus/} (a {@code classpath:} or
     *             {@code file:} URI ending in {@code /}), e.g. the source tree in tests
     * @return the bundled sources under that root
     */
    public static List<FeedSource> sources(String root) {
        return List.of(
                new FeedSource("ut1", "CC BY-SA 4.0", FeedFormat.UT1, URI.create(root + "ut1/blacklists/"), null,
                        UT1_ATTRIBUTION),
                new FeedSource("urlhaus", "CC0 1.0", FeedFormat.ADBLOCK, URI.create(root + "urlhaus/urlhaus-filter.txt"),
                        "malware", URLHAUS_ATTRIBUTION));
    }
}
