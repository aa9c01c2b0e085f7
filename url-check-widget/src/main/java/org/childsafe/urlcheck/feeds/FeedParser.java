package org.childsafe.urlcheck.feeds;

import java.nio.charset.StandardCharsets;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.Fingerprints;
import org.childsafe.urlcheck.canonical.InvalidUrlException;

/**
 * Parses the lines of one feed file into fingerprints of lookup expressions. Domain lines (the vast majority)
 * are hashed straight from the bytes, with no string per line; URL lines and internationalised names go
 * through the {@link Canonicalizer} so they match exactly what a check computes. A malformed line is counted
 * and skipped, never fatal.
 */
final class FeedParser {

    /** Receives each accepted entry. */
    interface Sink {
        void accept(long fingerprint);
    }

    private final Sink sink;
    long lines;
    long entries;
    long errors;

    FeedParser(Sink sink) {
        this.sink = sink;
    }

    /** Parses a whole file in {@code format} (never {@link FeedFormat#UT1}: its files are DOMAINS or URLS). */
    void parse(byte[] data, FeedFormat format, Progress progress) {
        int start = data.length >= 3 && data[0] == (byte) 0xEF && data[1] == (byte) 0xBB && data[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                int s = start;
                int e = i;
                while (s < e && isBlank(data[s])) {
                    s++;
                }
                while (e > s && isBlank(data[e - 1])) {
                    e--;
                }
                start = i + 1;
                if (s == e && i == data.length) {
                    break;
                }
                lines++;
                if (s < e) {
                    line(data, s, e, format);
                }
                if ((lines & 0xFFFF) == 0) {
                    progress.report(lines, entries);
                }
            }
        }
        progress.report(lines, entries);
    }

    /** Progress callback of {@link #parse}. */
    interface Progress {
        void report(long lines, long entries);
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    private void line(byte[] d, int s, int e, FeedFormat format) {
        byte first = d[s];
        if (first == '#' || (first == '!' && format != FeedFormat.HOSTS) || (first == '[' && format == FeedFormat.ADBLOCK)) {
            return; // comment or header
        }
        switch (format) {
            case DOMAINS -> domainOrError(d, s, e);
            case URLS -> urlOrDomain(d, s, e);
            case HOSTS -> hostsLine(d, s, e);
            case ADBLOCK -> adblockLine(d, s, e);
            default -> errors++;
        }
    }

    private void hostsLine(byte[] d, int s, int e) {
        int hash = indexOf(d, s, e, (byte) '#');
        if (hash >= 0) {
            e = hash;
        }
        int t = nextToken(d, s, e);
        int tEnd = tokenEnd(d, t, e);
        String ip = new String(d, t, tEnd - t, StandardCharsets.US_ASCII);
        if (!ip.equals("0.0.0.0") && !ip.equals("127.0.0.1") && !ip.equals("::") && !ip.equals("::1")
                && !ip.equals("0")) {
            errors++;
            return;
        }
        boolean any = false;
        for (int p = nextToken(d, tEnd, e); p < e; p = nextToken(d, tokenEnd(d, p, e), e)) {
            int q = tokenEnd(d, p, e);
            String name = q - p < 24 ? new String(d, p, q - p, StandardCharsets.US_ASCII) : "";
            if (name.equals("localhost") || name.equals("localhost.localdomain") || name.equals("broadcasthost")
                    || name.equals("local") || name.equals("0.0.0.0")) {
                any = true;
                continue;
            }
            domainOrError(d, p, q);
            any = true;
        }
        if (!any) {
            errors++;
        }
    }

    private void adblockLine(byte[] d, int s, int e) {
        if (d[s] == '@' || indexOf(d, s, e, (byte) '#') >= 0) {
            return; // exception or cosmetic rule: not a block entry, skipped
        }
        if (e - s > 2 && d[s] == '|' && d[s + 1] == '|') {
            int b = s + 2;
            int end = b;
            while (end < e && d[end] != '^' && d[end] != '$' && d[end] != '*' && d[end] != '|') {
                end++;
            }
            if (end < e && d[end] == '*') {
                errors++; // wildcards cannot be an exact expression
                return;
            }
            urlOrDomain(d, b, end);
            return;
        }
        urlOrDomain(d, s, e); // uBlock-style plain host lines
    }

    private void urlOrDomain(byte[] d, int s, int e) {
        if (indexOf(d, s, e, (byte) '/') < 0 && indexOf(d, s, e, (byte) '?') < 0) {
            domainOrError(d, s, e);
            return;
        }
        String raw = new String(d, s, e - s, StandardCharsets.UTF_8);
        try {
            CanonicalUrl url = Canonicalizer.canonicalize(raw.contains("://") ? raw : "http://" + raw);
            if (!url.isIpLiteral() && url.host().indexOf('.') < 0) {
                errors++;
                return;
            }
            String expr = url.host() + url.path() + (url.query() == null ? "" : "?" + url.query());
            accept(Fingerprints.of(expr));
        } catch (InvalidUrlException ex) {
            errors++;
        }
    }

    private void domainOrError(byte[] d, int s, int e) {
        if (s < e && d[s] == '.') {
            s++; // ".example.com" means the domain and its subdomains, which is what a domain entry is anyway
        }
        while (e > s && d[e - 1] == '.') {
            e--;
        }
        if (e - s < 3 || e - s > 253) {
            errors++;
            return;
        }
        boolean dot = false;
        boolean ascii = true;
        byte prev = '.';
        for (int i = s; i < e; i++) {
            byte b = d[i];
            if (b < 0) {
                ascii = false;
                continue;
            }
            boolean ok = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-'
                    || b == '_' || b == '.';
            if (!ok || (b == '.' && prev == '.')) {
                errors++;
                return;
            }
            dot |= b == '.';
            prev = b;
        }
        if (!dot) {
            errors++;
            return;
        }
        if (ascii) {
            accept(Fingerprints.ofDomainHash(Fingerprints.hostHashAscii(d, s, e)));
            return;
        }
        try {
            CanonicalUrl url = Canonicalizer.canonicalize("http://" + new String(d, s, e - s, StandardCharsets.UTF_8) + "/");
            if (url.host().indexOf('%') >= 0) {
                errors++;
                return;
            }
            accept(Fingerprints.ofDomain(url.host()));
        } catch (InvalidUrlException ex) {
            errors++;
        }
    }

    private void accept(long fp) {
        sink.accept(fp);
        entries++;
    }

    private static int indexOf(byte[] d, int s, int e, byte c) {
        for (int i = s; i < e; i++) {
            if (d[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int nextToken(byte[] d, int p, int e) {
        while (p < e && (d[p] == ' ' || d[p] == '\t')) {
            p++;
        }
        return p;
    }

    private static int tokenEnd(byte[] d, int p, int e) {
        while (p < e && d[p] != ' ' && d[p] != '\t') {
            p++;
        }
        return p;
    }
}
