package org.childsafe.urlcheck.canonical;

import com.google.common.net.InetAddresses;
import com.ibm.icu.text.IDNA;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Canonicalises a URL exactly as Google Safe Browsing v4 specifies in
 * <a href="https://developers.google.com/safe-browsing/v4/urls-hashing#canonicalization">URLs and Hashing —
 * Canonicalization</a>, so that the lookup expressions built from it match the entries of block lists no
 * matter how a link was disguised.
 *
 * <h2>Steps (in the order of the specification)</h2>
 * <ol>
 * <li>Refuse over-long input ({@value #MAX_URL_LENGTH} characters) before doing any work; trim leading
 *     and trailing white space; remove tab (0x09), CR (0x0d) and LF (0x0a) everywhere.</li>
 * <li>Drop the fragment ({@code #…}).</li>
 * <li>Percent-unescape the URL repeatedly until it has no more escapes, working on UTF-8 bytes.</li>
 * <li>Split scheme, authority, path and query. A missing scheme means {@code http}; any scheme other than
 *     http/https ({@code javascript:}, {@code data:}, {@code file:} …) is refused with
 *     {@link InvalidUrlException#SCHEME_NOT_ALLOWED}.</li>
 * <li>Host: drop userinfo and port, strip leading/trailing dots and collapse runs of dots, lowercase; an
 *     IPv4 address in any legal form (decimal, octal, hex, one to four parts) becomes dotted decimal; IPv6
 *     is written in RFC 5952 form; a Unicode name becomes ASCII by IDNA (UTS #46, non-transitional, as
 *     browsers do since 2017 — {@code ß} stays {@code ß}).</li>
 * <li>Path: resolve {@code /./} and {@code /../}, collapse {@code //}; the query is kept as is.</li>
 * <li>Re-escape once: bytes &lt;= 0x20, &gt;= 0x7f, {@code #} and {@code %} become {@code %XX} with uppercase
 *     hex.</li>
 * </ol>
 *
 * <p>The class is stateless and thread-safe. It never resolves a name or connects anywhere.
 */
public final class Canonicalizer {

    /** Longest raw input accepted, in characters (browsers cope with far less in practice; 8 KiB is generous). */
    public static final int MAX_URL_LENGTH = 8192;

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.USE_STD3_RULES);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private Canonicalizer() {
    }

    /**
     * @param raw whatever was typed or pasted
     * @return the canonical URL
     * @throws InvalidUrlException with {@link InvalidUrlException#EMPTY}, {@link InvalidUrlException#TOO_LONG},
     *                             {@link InvalidUrlException#NOT_A_URL} or {@link InvalidUrlException#SCHEME_NOT_ALLOWED}
     */
    public static CanonicalUrl canonicalize(String raw) {
        if (raw == null) {
            throw new InvalidUrlException(InvalidUrlException.EMPTY);
        }
        if (raw.length() > MAX_URL_LENGTH) {
            throw new InvalidUrlException(InvalidUrlException.TOO_LONG);
        }
        byte[] bytes = cleaned(raw);
        if (bytes.length == 0) {
            throw new InvalidUrlException(InvalidUrlException.EMPTY);
        }
        String s = escape(unescapeFully(bytes));
        return parse(s);
    }

    // ------------------------------------------------------------------------------------------ steps 1–3

    /** Trim, remove TAB/CR/LF, drop the fragment; UTF-8 bytes out (ASCII input, the usual case, without a copy of chars). */
    private static byte[] cleaned(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        boolean ascii = true;
        int n = 0;
        byte[] out = new byte[end - start];
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '#') {
                break;
            }
            if (c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            out[n++] = (byte) c;
        }
        if (ascii) {
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '#') {
                break;
            }
            if (c != '\t' && c != '\r' && c != '\n') {
                sb.append(c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isSpace(char c) {
        return c <= 0x20 || Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }

    /** Percent-unescapes until nothing changes; each pass shrinks the array, so this terminates. */
    static byte[] unescapeFully(byte[] in) {
        byte[] cur = in;
        while (true) {
            byte[] next = unescapeOnce(cur);
            if (next == cur) {
                return cur;
            }
            cur = next;
        }
    }

    private static byte[] unescapeOnce(byte[] in) {
        int first = -1;
        for (int i = 0; i + 2 < in.length; i++) {
            if (in[i] == '%' && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return in;
        }
        byte[] out = new byte[in.length];
        System.arraycopy(in, 0, out, 0, first);
        int n = first;
        for (int i = first; i < in.length; i++) {
            byte b = in[i];
            if (b == '%' && i + 2 < in.length) {
                int h = hex(in[i + 1]);
                int l = hex(in[i + 2]);
                if (h >= 0 && l >= 0) {
                    out[n++] = (byte) (h << 4 | l);
                    i += 2;
                    continue;
                }
            }
            out[n++] = b;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    /** Escapes bytes &lt;= 0x20, &gt;= 0x7f, '#' and '%' with uppercase hex; the result is printable ASCII. */
    static String escape(byte[] in) {
        int extra = 0;
        for (byte b : in) {
            if (mustEscape(b)) {
                extra += 2;
            }
        }
        byte[] out = new byte[in.length + extra];
        int n = 0;
        for (byte b : in) {
            if (mustEscape(b)) {
                out[n++] = '%';
                out[n++] = HEX[(b >> 4) & 0xF];
                out[n++] = HEX[b & 0xF];
            } else {
                out[n++] = b;
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static boolean mustEscape(byte b) {
        return b <= 0x20 || b == 0x7f || b == '#' || b == '%'; // negative bytes are >= 0x80
    }

    // ------------------------------------------------------------------------------------------ step 4

    private static CanonicalUrl parse(String s) {
        String scheme = "http";
        String rest;
        int sep = s.indexOf("://");
        int colon = s.indexOf(':');
        if (sep > 0 && sep == colon && isSchemeToken(s, sep)) {
            scheme = webScheme(s, sep);
            rest = s.substring(sep + 3);
        } else if (colon > 0 && isSchemeToken(s, colon) && !isPortAfter(s, colon)) {
            scheme = webScheme(s, colon);
            int i = colon + 1;
            while (i < s.length() && s.charAt(i) == '/') {
                i++;
            }
            rest = s.substring(i);
        } else {
            rest = s.startsWith("//") ? s.substring(2) : s;
        }
        int authEnd = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '\\') {
                authEnd = i;
                break;
            }
        }
        String authority = rest.substring(0, authEnd);
        String tail = rest.substring(authEnd);
        int q = tail.indexOf('?');
        String rawPath = q < 0 ? tail : tail.substring(0, q);
        String query = q < 0 ? null : tail.substring(q + 1);
        return host(scheme, authority, CanonicalPaths.canonicalPath(rawPath), query);
    }

    private static boolean isSchemeToken(String s, int end) {
        if (end == 0 || !isAsciiLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code example.com:8080/x} is a host and a port, not a scheme named "example.com". */
    private static boolean isPortAfter(String s, int colon) {
        int i = colon + 1;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        return digits > 0 && (i == s.length() || s.charAt(i) == '/' || s.charAt(i) == '?');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** @return {@code http} or {@code https} (as constants, any case accepted), else refuses the scheme */
    private static String webScheme(String s, int end) {
        if (end == 4 && s.regionMatches(true, 0, "http", 0, 4)) {
            return "http";
        }
        if (end == 5 && s.regionMatches(true, 0, "https", 0, 5)) {
            return "https";
        }
        throw new InvalidUrlException(InvalidUrlException.SCHEME_NOT_ALLOWED);
    }

    // ------------------------------------------------------------------------------------------ step 5

    private static CanonicalUrl host(String scheme, String authority, String path, String query) {
        int at = authority.lastIndexOf('@');
        boolean userinfo = at >= 0;
        String hostPort = userinfo ? authority.substring(at + 1) : authority;
        boolean port = false;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new InvalidUrlException(InvalidUrlException.NOT_A_URL);
            }
            port = close + 1 < hostPort.length();
            String ip = ip6(hostPort.substring(1, close));
            HostKind kind = ip.startsWith("[") ? HostKind.IPV6 : HostKind.IPV4;
            return new CanonicalUrl(scheme, ip, kind, path, query, ip, userinfo, port);
        }
        int c = hostPort.lastIndexOf(':');
        if (c >= 0) {
            port = c + 1 < hostPort.length();
            hostPort = hostPort.substring(0, c);
        }
        String host = collapseDots(lowercaseKeepingEscapes(hostPort));
        if (host.isEmpty() || hasForbiddenHostChar(host)) {
            throw new InvalidUrlException(InvalidUrlException.NOT_A_URL);
        }
        String ipv4 = Ipv4.parse(host);
        if (ipv4 != null) {
            return new CanonicalUrl(scheme, ipv4, HostKind.IPV4, path, query, ipv4, userinfo, port);
        }
        String ascii = host.indexOf('%') >= 0 ? idnaFromEscaped(host) : host;
        if (ascii != host) {
            String mapped = Ipv4.parse(ascii); // IDNA maps full-width digits and dots: "１２７。０。０。１"
            if (mapped != null) {
                return new CanonicalUrl(scheme, mapped, HostKind.IPV4, path, query, mapped, userinfo, port);
            }
        }
        String unicode = ascii;
        if (ascii.contains("xn--")) {
            String u = toUnicode(ascii);
            unicode = u == null ? ascii : u;
        }
        return new CanonicalUrl(scheme, ascii, HostKind.DOMAIN, path, query, unicode, userinfo, port);
    }

    private static String ip6(String literal) {
        try {
            InetAddress a = InetAddresses.forString(literal);
            if (a instanceof Inet6Address) {
                return "[" + InetAddresses.toAddrString(a) + "]";
            }
            return a.getHostAddress(); // IPv4-mapped (::ffff:a.b.c.d) is the IPv4 address itself
        } catch (IllegalArgumentException e) {
            // not an IPv6 literal: fall through
        }
        throw new InvalidUrlException(InvalidUrlException.NOT_A_URL);
    }

    /** WHATWG URL "forbidden host code points" that can still be here (the rest were split off or escaped). */
    private static boolean hasForbiddenHostChar(String host) {
        for (int i = 0; i < host.length(); i++) {
            switch (host.charAt(i)) {
                case ':', '[', ']', '<', '>', '^', '|', '\\', '@' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** ASCII-lowercases, leaving the hex digits of percent escapes uppercase as the specification wants them. */
    private static String lowercaseKeepingEscapes(String h) {
        boolean upper = false;
        for (int i = 0; i < h.length() && !upper; i++) {
            char c = h.charAt(i);
            upper = c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return h;
        }
        char[] out = h.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '%' && i + 2 < out.length) {
                i += 2;
            } else if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + 32);
            }
        }
        return new String(out);
    }

    static String collapseDots(String h) {
        int start = 0;
        int end = h.length();
        while (start < end && h.charAt(start) == '.') {
            start++;
        }
        while (end > start && h.charAt(end - 1) == '.') {
            end--;
        }
        if (h.indexOf("..", start) < 0) {
            return start == 0 && end == h.length() ? h : h.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = h.charAt(i);
            if (c != '.' || h.charAt(i - 1) != '.') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A host that still holds escapes carries raw bytes: valid UTF-8 is a Unicode name and goes through IDNA;
     * anything else (control bytes, {@code #}, invalid UTF-8) stays in its escaped form, as the specification's
     * examples {@code http://%01%80.com/} and {@code http://host%23.com/} require.
     */
    private static String idnaFromEscaped(String host) {
        byte[] raw = unescapeOnce(host.getBytes(StandardCharsets.ISO_8859_1));
        String unicode;
        try {
            unicode = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return host;
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '#' || c == '%') {
                return host;
            }
        }
        String ascii = toAscii(unicode);
        if (ascii == null) {
            return host;
        }
        String collapsed = collapseDots(ascii);
        return collapsed.isEmpty() ? host : collapsed;
    }

    /** @return the IDNA ASCII form, or {@code null} if the name is not a valid IDN */
    static String toAscii(String unicodeName) {
        StringBuilder sb = new StringBuilder(unicodeName.length() + 8);
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(unicodeName, sb, info);
        return info.hasErrors() ? null : sb.toString();
    }

    /** @return the Unicode form of an ASCII name, or {@code null} if it does not decode cleanly */
    public static String toUnicode(String asciiName) {
        StringBuilder sb = new StringBuilder(asciiName.length());
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToUnicode(asciiName, sb, info);
        return info.hasErrors() ? null : sb.toString();
    }
}
