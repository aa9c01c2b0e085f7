package org.childsafe.urlcheck.verdict;

import java.util.List;
import java.util.Objects;

/**
 * Why a verdict is what it is, as a code a page turns into a sentence a child understands: the bundle key is
 * {@code urlcheck.reason.<code>}, {@link #args()} fill its {@code {0}}, {@code {1}} placeholders.
 *
 * @param code one of the constants of this record
 * @param args message arguments (e.g. the protected domain a link looks like, a category id)
 */
public record Reason(String code, List<String> args) {

    /** In a feed category; args: category id, source name. */
    public static final String CATEGORY = "category";
    /** Malware or phishing; args: category id, source name. */
    public static final String MALWARE = "malware";
    /** Looks like a protected domain; args: the protected domain. */
    public static final String LOOKALIKE = "lookalike";
    /** A protected domain's name used as a subdomain of another site; args: the protected domain. */
    public static final String PROTECTED_IN_SUBDOMAIN = "protected_in_subdomain";
    /** Letters of different scripts mixed in one name (e.g. Latin with Cyrillic). */
    public static final String MIXED_SCRIPT = "mixed_script";
    /** A name made entirely of foreign letters that look like Latin ones; args: what it reads as. */
    public static final String WHOLE_SCRIPT = "whole_script";
    /** Invisible or unusual characters in the name. */
    public static final String INVISIBLE = "invisible";
    /** The address is a bare IP number. */
    public static final String IP_LITERAL = "ip_literal";
    /** A user name or password before the host ({@code a@b}). */
    public static final String USERINFO = "userinfo";
    /** A link shortener hides the real destination. */
    public static final String SHORTENER = "shortener";
    /** The school blocks it; args: the school's entry. */
    public static final String SCHOOL_BLOCK = "school_block";
    /** The school allows it; args: the school's entry. */
    public static final String SCHOOL_ALLOW = "school_allow";
    /** Nothing found (shown with a SAFE verdict so the child knows what "safe" means here). */
    public static final String NOT_LISTED = "not_listed";

    public Reason {
        Objects.requireNonNull(code, "Reason code is required.");
        args = List.copyOf(args);
    }

    /** @return a reason without arguments */
    public static Reason of(String code) {
        return new Reason(code, List.of());
    }

    /** @return a reason with arguments */
    public static Reason of(String code, String... args) {
        return new Reason(code, List.of(args));
    }

    /** @return the message bundle key of this reason */
    public String bundleKey() {
        return "urlcheck.reason." + code;
    }
}
