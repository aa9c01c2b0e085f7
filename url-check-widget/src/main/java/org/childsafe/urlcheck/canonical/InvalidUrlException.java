package org.childsafe.urlcheck.canonical;

/**
 * The input cannot be checked as a web link; {@link #code()} is a stable error code that is also the
 * message bundle key shown to the child (vi/en).
 *
 * <p>The exception never carries the input itself (it may be 10 MB, or personal), and has no stack trace
 * (it is an expected outcome of user input, thrown on the hot path).
 */
public final class InvalidUrlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Nothing to check: the input is empty or only white space. */
    public static final String EMPTY = "urlcheck.empty";
    /** The input is longer than {@link Canonicalizer#MAX_URL_LENGTH} characters (or a pasted text longer than the text limit). */
    public static final String TOO_LONG = "urlcheck.too_long";
    /** The input has no host that can be a web site. */
    public static final String NOT_A_URL = "urlcheck.not_a_url";
    /** A scheme other than http/https (javascript:, data:, file:, ftp:, mailto: …). */
    public static final String SCHEME_NOT_ALLOWED = "urlcheck.scheme_not_allowed";

    private final String code;

    /**
     * @param code one of the constants of this class
     */
    public InvalidUrlException(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    /** @return the stable error code, also the bundle key of the message */
    public String code() {
        return code;
    }
}
