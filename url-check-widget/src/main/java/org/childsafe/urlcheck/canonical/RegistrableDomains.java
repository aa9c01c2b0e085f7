package org.childsafe.urlcheck.canonical;

import com.google.common.net.InternetDomainName;

/**
 * The registrable domain ("eTLD+1") of a host by the <a href="https://publicsuffix.org/">Public Suffix List</a>,
 * ICANN and private sections both: {@code www.vietcombank.com.vn} → {@code vietcombank.com.vn},
 * {@code evil.blogspot.com} → {@code evil.blogspot.com}.
 *
 * <p>The list comes with Guava's {@link InternetDomainName} (compiled into the library, refreshed with each
 * Guava release) rather than a copy of {@code public_suffix_list.dat} in this repository: one dependency we
 * pin and upgrade, no parser of our own to get wrong (ADR 0013). A name the list does not know falls under
 * the list's default rule {@code *}: its last label is the public suffix.
 */
public final class RegistrableDomains {

    private RegistrableDomains() {
    }

    /**
     * @param asciiHost a canonical host (lowercase, IDNA ASCII)
     * @return the registrable domain; the host itself for an IP literal; {@code null} when the host is itself a
     *         public suffix (e.g. {@code com.vn}) and so has no registrable domain
     */
    public static String of(String asciiHost) {
        if (asciiHost.isEmpty() || asciiHost.charAt(0) == '[' || Character.isDigit(asciiHost.charAt(asciiHost.length() - 1))) {
            return asciiHost;
        }
        try {
            InternetDomainName name = InternetDomainName.from(asciiHost);
            if (name.isTopPrivateDomain()) {
                return asciiHost;
            }
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            if (name.hasPublicSuffix()) {
                return null; // the host is a public suffix (or above one)
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a label Guava does not accept (e.g. over-long, or still escaped): use the default rule below
        }
        return defaultRule(asciiHost);
    }

    /** The PSL default rule {@code *}: the last label is the suffix, so the registrable domain has two labels. */
    private static String defaultRule(String host) {
        int last = host.lastIndexOf('.');
        if (last < 0) {
            return null;
        }
        int prev = host.lastIndexOf('.', last - 1);
        return prev < 0 ? host : host.substring(prev + 1);
    }
}
