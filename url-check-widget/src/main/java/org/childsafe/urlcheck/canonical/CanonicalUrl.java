package org.childsafe.urlcheck.canonical;

import java.util.Objects;

/**
 * A URL in Safe Browsing canonical form. {@code scheme://host/path?query}; no userinfo, no port, no
 * fragment, percent-escapes normalised (uppercase hex, printable ASCII left as is).
 *
 * @param scheme      {@code http} or {@code https} (a missing scheme is taken as {@code http})
 * @param host        the canonical host: lowercase ASCII, IDNA "xn--" labels, dotted-decimal IPv4 or
 *                    {@code [ipv6]}
 * @param hostKind    whether the host is a name or an IP literal
 * @param path        the canonical path, always starting with {@code /}
 * @param query       the canonical query without {@code ?}, or {@code null} when there was none
 * @param unicodeHost the host for display, IDNA labels turned back into Unicode (so a child reads
 *                    {@code học.vn}, and a look-alike is shown as what it looks like)
 * @param hadUserinfo whether the input carried {@code user@} or {@code user:password@} before the host
 *                    (a classic trick: {@code https://vietcombank.com.vn@evil.example/})
 * @param hadPort     whether the input named an explicit port
 */
public record CanonicalUrl(String scheme, String host, HostKind hostKind, String path, String query,
                           String unicodeHost, boolean hadUserinfo, boolean hadPort) {

    public CanonicalUrl {
        Objects.requireNonNull(scheme, "Scheme is required.");
        Objects.requireNonNull(host, "Host is required.");
        Objects.requireNonNull(hostKind, "Host kind is required.");
        Objects.requireNonNull(path, "Path is required.");
        Objects.requireNonNull(unicodeHost, "Unicode host is required.");
    }

    /** @return the full canonical URL, e.g. {@code http://www.google.com/a/b?q=1} */
    public String url() {
        return scheme + "://" + host + path + (query == null ? "" : "?" + query);
    }

    /** @return whether the host is an IP address rather than a name */
    public boolean isIpLiteral() {
        return hostKind != HostKind.DOMAIN;
    }

    @Override
    public String toString() {
        return url();
    }
}
