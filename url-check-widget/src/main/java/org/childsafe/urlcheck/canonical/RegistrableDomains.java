package org.childsafe.urlcheck.canonical;

import com.google.common.net.InternetDomainName;
import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import java.util.Arrays;

/**
 * The registrable domain ("eTLD+1") of a host by the <a href="https://publicsuffix.org/">Public Suffix List</a>,
 * ICANN and private sections both: {@code www.vietcombank.com.vn} → {@code vietcombank.com.vn},
 * {@code evil.blogspot.com} → {@code evil.blogspot.com}.
 *
 * <p>The list comes with Guava (compiled into the library, refreshed with each Guava release) rather than a
 * copy of {@code public_suffix_list.dat} in this repository: one dependency we pin and upgrade, no parser of
 * our own to get wrong (ADR 0013). The lookup goes straight to Guava's suffix trie
 * ({@code PublicSuffixPatterns.TRIE}, the structure behind {@link InternetDomainName}) because
 * {@code InternetDomainName.from} re-validates every label and costs about half a microsecond per check; the
 * PSL test cases in {@code RegistrableDomainsTest} pin the behaviour across Guava upgrades. A name the list does
 * not know falls under the list's default rule {@code *}: its last label is the public suffix.
 */
public final class RegistrableDomains {

    /**
     * A small direct-mapped cache of recent answers ({@value #CACHE_SIZE} slots, by host hash): children check
     * the same popular sites again and again. Entries are immutable records, so unsynchronised reads and
     * writes are safe (a reader sees either an old complete entry or a new complete one); a collision simply
     * overwrites the slot.
     */
    private static final int CACHE_SIZE = 8192;
    private static final Entry[] CACHE = new Entry[CACHE_SIZE];

    private record Entry(String host, String registrable) {
    }

    private RegistrableDomains() {
    }

    /**
     * @param asciiHost a canonical host (lowercase, IDNA ASCII)
     * @return the registrable domain; the host itself for an IP literal; {@code null} when the host is itself a
     *         public suffix (e.g. {@code com.vn}) and so has no registrable domain
     */
    public static String of(String asciiHost) {
        int slot = asciiHost.hashCode() & (CACHE_SIZE - 1);
        Entry e = CACHE[slot];
        if (e != null && e.host().equals(asciiHost)) {
            return e.registrable();
        }
        String r = lookup(asciiHost);
        CACHE[slot] = new Entry(asciiHost, r);
        return r;
    }

    private static String lookup(String asciiHost) {
        if (asciiHost.isEmpty() || asciiHost.charAt(0) == '[' || Character.isDigit(asciiHost.charAt(asciiHost.length() - 1))) {
            return asciiHost;
        }
        String[] labels = labels(asciiHost);
        if (labels == null) {
            return defaultRule(asciiHost);
        }
        int suffix = PublicSuffixPatterns.TRIE.findSuffixIndex(Arrays.asList(labels));
        if (suffix < 0) {
            suffix = labels.length - 1; // default rule "*"
        }
        if (suffix == 0) {
            return null; // the host is itself a public suffix
        }
        int start = 0;
        for (int i = 0; i < suffix - 1; i++) {
            start += labels[i].length() + 1;
        }
        return start == 0 ? asciiHost : asciiHost.substring(start);
    }

    /** @return the labels, or {@code null} for an empty label (which a canonical host never has) */
    private static String[] labels(String host) {
        int count = 1;
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) == '.') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        int n = 0;
        for (int i = 0; i <= host.length(); i++) {
            if (i == host.length() || host.charAt(i) == '.') {
                if (i == start) {
                    return null;
                }
                out[n++] = host.substring(start, i);
                start = i + 1;
            }
        }
        return out;
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
