package org.childsafe.urlcheck.canonical;

/**
 * 64-bit fingerprints of lookup expressions {@code host/path}. The host part is hashed right to left and the
 * path part left to right, then the two are mixed: one pass over a URL yields the hashes of every host suffix
 * and every path prefix, so all (up to 30) expressions of a check cost one walk over the URL and no string.
 *
 * <p>Fingerprints, not strings, are what the index stores (ADR 0013). Two different expressions share a
 * fingerprint with probability about 2<sup>-52</sup> after the index keeps 52 bits; a false match would only
 * ever make a verdict stricter.
 */
public final class Fingerprints {

    static final long HOST_SEED = 0x243F6A8885A308D3L;
    static final long PATH_SEED = 0x13198A2E03707344L;
    private static final long M = 0x9E3779B97F4A7C15L;

    private Fingerprints() {
    }

    /**
     * @param expression {@code host/path[?query]}; the host ends at the first {@code /}
     * @return the fingerprint, the same as {@link LookupExpressions#fingerprints} computes for that expression
     */
    public static long of(CharSequence expression) {
        int slash = -1;
        for (int i = 0; i < expression.length(); i++) {
            if (expression.charAt(i) == '/') {
                slash = i;
                break;
            }
        }
        if (slash < 0) {
            return combine(hostHash(expression, 0, expression.length()), pathHash("/"));
        }
        long p = PATH_SEED;
        for (int i = slash; i < expression.length(); i++) {
            p = pathStep(p, expression.charAt(i));
        }
        return combine(hostHash(expression, 0, slash), p);
    }

    /** @return the fingerprint of {@code host} + {@code /}, i.e. the whole site */
    public static long ofDomain(CharSequence host) {
        return combine(hostHash(host, 0, host.length()), ROOT_PATH);
    }

    private static final long ROOT_PATH = pathHash("/");

    static long hostHash(CharSequence s, int from) {
        return hostHash(s, from, s.length());
    }

    static long hostHash(CharSequence s, int from, int to) {
        long h = HOST_SEED;
        for (int i = to - 1; i >= from; i--) {
            h = hostStep(h, s.charAt(i));
        }
        return hostFinish(h);
    }

    /** Host hash over ASCII bytes {@code [from, to)}, lowercasing A–Z, for feed parsing without strings. */
    public static long hostHashAscii(byte[] b, int from, int to) {
        long h = HOST_SEED;
        for (int i = to - 1; i >= from; i--) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            h = hostStep(h, (char) c);
        }
        return hostFinish(h);
    }

    /** @return {@link #combine} of an ASCII host hash and the root path {@code /} */
    public static long ofDomainHash(long hostHash) {
        return combine(hostHash, ROOT_PATH);
    }

    static long pathHash(CharSequence s) {
        long h = PATH_SEED;
        for (int i = 0; i < s.length(); i++) {
            h = pathStep(h, s.charAt(i));
        }
        return h;
    }

    static long hostStep(long h, char c) {
        return (h ^ c) * M;
    }

    static long hostFinish(long h) {
        return Long.rotateLeft(h, 29) * 0xBF58476D1CE4E5B9L;
    }

    static long pathStep(long h, char c) {
        return (h ^ c) * 0xD6E8FEB86659FD93L;
    }

    static long combine(long host, long path) {
        long z = host ^ Long.rotateLeft(path, 23) * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
