package org.childsafe.urlcheck.canonical;

/** What the canonical host is: a DNS name, or an IP literal (which children should be warned about). */
public enum HostKind {
    /** A DNS name, already in ASCII (IDNA "xn--" form for internationalised labels). */
    DOMAIN,
    /** An IPv4 address, canonicalised to dotted decimal from any legal form (octal, hex, fewer parts). */
    IPV4,
    /** An IPv6 address in its RFC 5952 text form, inside square brackets. */
    IPV6
}
