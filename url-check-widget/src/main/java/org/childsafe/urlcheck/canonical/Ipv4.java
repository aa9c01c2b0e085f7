package org.childsafe.urlcheck.canonical;

/**
 * Every legal textual IPv4 form as {@code inet_aton} accepts it (and browsers still do): one to four parts,
 * each decimal, octal (leading {@code 0}) or hex ({@code 0x}); the last part fills the remaining bytes. So
 * {@code 3279880203}, {@code 0xC37F000B}, {@code 0303.0177.0.013} and {@code 195.8323083} are all
 * {@code 195.127.0.11}.
 */
final class Ipv4 {

    private Ipv4() {
    }

    /** @return dotted decimal, or {@code null} if the host is not an IPv4 address */
    static String parse(String host) {
        char first = host.charAt(0);
        if (first < '0' || first > '9') {
            return null;
        }
        long[] parts = new long[4];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= host.length(); i++) {
            if (i == host.length() || host.charAt(i) == '.') {
                if (count == 4) {
                    return null;
                }
                long v = part(host, start, i);
                if (v < 0) {
                    return null;
                }
                parts[count++] = v;
                start = i + 1;
            }
        }
        long value = 0;
        for (int i = 0; i < count - 1; i++) {
            if (parts[i] > 255) {
                return null;
            }
            value = value << 8 | parts[i];
        }
        int lastBytes = 5 - count;
        long last = parts[count - 1];
        if (last >= 1L << (8 * lastBytes)) {
            return null;
        }
        value = value << (8 * lastBytes) | last;
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    private static long part(String s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int radix = 10;
        int i = from;
        if (to - from >= 2 && s.charAt(from) == '0' && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')) {
            radix = 16;
            i += 2;
            if (i == to) {
                return 0; // "0x" alone is zero for inet_aton
            }
        } else if (to - from >= 2 && s.charAt(from) == '0') {
            radix = 8;
            i += 1;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            v = v * radix + d;
            if (v > 0xFFFFFFFFL) {
                return -1;
            }
        }
        return v;
    }
}
