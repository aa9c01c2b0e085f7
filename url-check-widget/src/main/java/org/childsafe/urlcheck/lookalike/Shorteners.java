package org.childsafe.urlcheck.lookalike;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Known link shorteners ({@code bit.ly}, {@code tinyurl.com} …): a short link hides where it leads, so the
 * checker warns and tells the child to ask before opening it. The list is the data file {@value #RESOURCE};
 * the UT1 {@code shortener} category adds thousands more through the feeds.
 */
public final class Shorteners {

    /** Classpath resource of the bundled list. */
    public static final String RESOURCE = "/org/childsafe/urlcheck/lookalike/shorteners.txt";

    private final Set<String> hosts;

    private Shorteners(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /** @return the bundled list */
    public static Shorteners bundled() {
        try (InputStream in = Shorteners.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String d = line.strip().toLowerCase(Locale.ROOT);
                if (!d.isEmpty() && !d.startsWith("#")) {
                    out.add(d);
                }
            }
            return new Shorteners(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a list of exactly these hosts */
    public static Shorteners of(Set<String> hosts) {
        return new Shorteners(hosts);
    }

    /**
     * @param host              canonical host
     * @param registrableDomain its registrable domain, may be {@code null}
     * @return whether the host, or its registrable domain, is a shortener
     */
    public boolean isShortener(String host, String registrableDomain) {
        return hosts.contains(host) || (registrableDomain != null && hosts.contains(registrableDomain));
    }
}
