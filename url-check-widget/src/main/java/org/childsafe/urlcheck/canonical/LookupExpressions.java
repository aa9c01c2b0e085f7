package org.childsafe.urlcheck.canonical;

import java.util.ArrayList;
import java.util.List;

/**
 * The host-suffix × path-prefix expressions under which a canonical URL is looked up, exactly as Safe Browsing
 * v4 "Suffix/Prefix Expressions" defines them: at most 5 hosts (the exact host, then up to four suffixes made
 * from the last five components by dropping leading components, never the top-level domain alone; an IP
 * literal only exactly) × at most 6 paths (exact path with query, exact path, then up to four prefixes from
 * the root with a trailing slash). So a list entry {@code example.com/} blocks the whole site and
 * {@code example.com/a/} a folder of it.
 *
 * <p>{@link #of(CanonicalUrl)} builds the strings (for display, tests, school lists); the index uses
 * {@link #fingerprints(CanonicalUrl, long[])}, which yields the same expressions, in the same order, as 64-bit
 * {@link Fingerprints} without creating a string.
 */
public final class LookupExpressions {

    /** Most expressions for one URL: 5 hosts × 6 paths. */
    public static final int MAX = 30;

    private LookupExpressions() {
    }

    /** @return the expressions, e.g. {@code a.b.c/1/2.html?param=1}, {@code a.b.c/1/2.html}, {@code a.b.c/}, … */
    public static List<String> of(CanonicalUrl url) {
        List<String> out = new ArrayList<>();
        for (String host : hosts(url)) {
            for (String path : paths(url)) {
                out.add(host + path);
            }
        }
        return out;
    }

    /**
     * @param index a position in {@link #of(CanonicalUrl)} (e.g. of a fingerprint that matched)
     * @return that one expression, without building the others
     */
    public static String expression(CanonicalUrl url, int index) {
        List<String> paths = paths(url);
        return hosts(url).get(index / paths.size()) + paths.get(index % paths.size());
    }

    /**
     * Writes the fingerprint of every expression of {@link #of(CanonicalUrl)}, in the same order, into
     * {@code out} (length at least {@value #MAX}).
     *
     * @return how many were written
     */
    public static int fingerprints(CanonicalUrl url, long[] out) {
        long[] hostHashes = new long[5];
        int hosts = hostHashes(url, hostHashes);
        long[] pathHashes = new long[6];
        int paths = pathHashes(url, pathHashes);
        int n = 0;
        for (int h = 0; h < hosts; h++) {
            for (int p = 0; p < paths; p++) {
                out[n++] = Fingerprints.combine(hostHashes[h], pathHashes[p]);
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------ hosts

    static List<String> hosts(CanonicalUrl url) {
        List<String> out = new ArrayList<>(5);
        String host = url.host();
        out.add(host);
        if (url.isIpLiteral()) {
            return out;
        }
        for (int start : suffixStarts(host)) {
            out.add(host.substring(start));
        }
        return out;
    }

    /** Start offsets of the host suffixes after the exact host: last five components down to two. */
    private static int[] suffixStarts(String host) {
        int[] dots = new int[5];
        int found = 0;
        for (int i = host.length() - 1; i >= 0 && found < 5; i--) {
            if (host.charAt(i) == '.') {
                dots[found++] = i;
            }
        }
        // dots[0] is the dot before the TLD; suffix with k+1 components starts at dots[k-1]+1 ... we want 2..5 components
        int components = found + 1;
        int max = Math.min(components, 5);
        int[] tmp = new int[4];
        int n = 0;
        for (int c = max; c >= 2; c--) {
            int start = dots[c - 1] + 1; // suffix of c components starts after the c-th dot from the right
            if (c == components) {
                continue; // that is the exact host, already listed
            }
            tmp[n++] = start;
        }
        return java.util.Arrays.copyOf(tmp, n);
    }

    private static int hostHashes(CanonicalUrl url, long[] out) {
        String host = url.host();
        if (url.isIpLiteral()) {
            out[0] = Fingerprints.hostHash(host, 0);
            return 1;
        }
        // One right-to-left pass: the state just before each dot is the hash of the suffix after it.
        long[] atDot = new long[5];
        int found = 0;
        long h = Fingerprints.HOST_SEED;
        for (int i = host.length() - 1; i >= 0; i--) {
            char c = host.charAt(i);
            if (c == '.' && found < 5) {
                atDot[found++] = h;
            }
            h = Fingerprints.hostStep(h, c);
        }
        int components = found + 1;
        out[0] = Fingerprints.hostFinish(h);
        int n = 1;
        for (int c = Math.min(components, 5); c >= 2; c--) {
            if (c == components) {
                continue;
            }
            out[n++] = Fingerprints.hostFinish(atDot[c - 1]);
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------ paths

    static List<String> paths(CanonicalUrl url) {
        List<String> out = new ArrayList<>(6);
        String path = url.path();
        if (url.query() != null) {
            out.add(path + "?" + url.query());
        }
        out.add(path);
        int prefixes = 0;
        for (int i = 0; i < path.length() && prefixes < 4; i++) {
            if (path.charAt(i) == '/') {
                prefixes++;
                if (i + 1 != path.length()) {
                    out.add(path.substring(0, i + 1));
                }
            }
        }
        return out;
    }

    private static int pathHashes(CanonicalUrl url, long[] out) {
        String path = url.path();
        long[] prefixes = new long[4];
        int slashes = 0;
        int np = 0;
        long h = Fingerprints.PATH_SEED;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            h = Fingerprints.pathStep(h, c);
            if (c == '/' && slashes < 4) {
                slashes++;
                if (i + 1 != path.length()) {
                    prefixes[np++] = h;
                }
            }
        }
        int n = 0;
        String query = url.query();
        if (query != null) {
            long q = Fingerprints.pathStep(h, '?');
            for (int i = 0; i < query.length(); i++) {
                q = Fingerprints.pathStep(q, query.charAt(i));
            }
            out[n++] = q;
        }
        out[n++] = h;
        for (int i = 0; i < np; i++) {
            out[n++] = prefixes[i];
        }
        return n;
    }
}
