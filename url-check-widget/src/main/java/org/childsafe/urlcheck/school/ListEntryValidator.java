package org.childsafe.urlcheck.school;

import java.util.Locale;
import org.childsafe.urlcheck.canonical.CanonicalUrl;
import org.childsafe.urlcheck.canonical.Canonicalizer;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.childsafe.urlcheck.canonical.RegistrableDomains;

/**
 * Turns what an administrator typed into the stored form of a list entry, through the same canonicaliser that
 * checks links, so an entry and a checked link can never disagree about spelling ({@code Ví-Dụ.VN},
 * {@code xn--v-d-...}, a trailing dot, {@code HTTPS://Example.com:443}).
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>A domain is a host name: a leading {@code *.} is dropped (a domain entry covers its sub-domains anyway); a
 * scheme, path, port or user part is refused ({@value #DOMAIN_HAS_PATH}) so that nobody believes
 * {@code example.com/games} is a domain entry; a public suffix such as {@code com.vn} is refused
 * ({@value #PUBLIC_SUFFIX}): one entry must never allow or block a whole country's sites. IP addresses are
 * accepted.</li>
 * <li>A URL prefix is an http(s) URL; it is stored canonical, without query.</li>
 * <li>Notes are at most {@value #MAX_NOTE} characters.</li>
 * </ul>
 */
public final class ListEntryValidator {

    public static final String EMPTY = "urlcheck.list.empty";
    public static final String TOO_LONG = "urlcheck.list.too_long";
    public static final String INVALID_DOMAIN = "urlcheck.list.invalid_domain";
    public static final String DOMAIN_HAS_PATH = "urlcheck.list.domain_has_path";
    public static final String PUBLIC_SUFFIX = "urlcheck.list.public_suffix";
    public static final String INVALID_PREFIX = "urlcheck.list.invalid_prefix";
    public static final String NOTE_TOO_LONG = "urlcheck.list.note_too_long";

    /** Longest value accepted, in characters (the column holds 1024). */
    public static final int MAX_VALUE = 1000;
    /** Longest note accepted. */
    public static final int MAX_NOTE = 200;

    private ListEntryValidator() {
    }

    /** The stored form of {@code raw} as an entry of {@code kind}; {@link InvalidListEntryException} if unusable. */
    public static String normalise(EntryKind kind, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidListEntryException(EMPTY);
        }
        if (value.length() > MAX_VALUE) {
            throw new InvalidListEntryException(TOO_LONG);
        }
        return kind == EntryKind.DOMAIN ? domain(value) : prefix(value);
    }

    /** The note as stored: stripped, {@code null} when blank. */
    public static String note(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String note = raw.strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidListEntryException(NOTE_TOO_LONG);
        }
        return note;
    }

    private static String domain(String value) {
        String host = value.startsWith("*.") ? value.substring(2) : value;
        if (host.contains("/") || host.contains("@") || host.contains(":") && !host.startsWith("[")
                || host.contains("?") || host.contains("#")) {
            throw new InvalidListEntryException(DOMAIN_HAS_PATH);
        }
        CanonicalUrl url = canonical("http://" + host + "/", INVALID_DOMAIN);
        if (!url.isIpLiteral() && RegistrableDomains.of(url.host()) == null) {
            throw new InvalidListEntryException(url.host().contains(".") ? PUBLIC_SUFFIX : INVALID_DOMAIN);
        }
        return url.host();
    }

    private static String prefix(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new InvalidListEntryException(INVALID_PREFIX);
        }
        CanonicalUrl url = canonical(value, INVALID_PREFIX);
        if (url.hadUserinfo()) {
            throw new InvalidListEntryException(INVALID_PREFIX);
        }
        return url.scheme() + "://" + url.host() + url.path();
    }

    private static CanonicalUrl canonical(String value, String code) {
        try {
            return Canonicalizer.canonicalize(value);
        } catch (InvalidUrlException e) {
            throw new InvalidListEntryException(code);
        }
    }
}
