package org.childsafe.urlcheck.school;

/**
 * A school list entry or policy change was refused. {@link #code()} is stable ({@code urlcheck.list.*},
 * {@code urlcheck.policy.*}) and is also the bundle key of the message shown to the administrator.
 */
public class InvalidListEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public InvalidListEntryException(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    /** The stable error code, also the bundle key of its message. */
    public String code() {
        return code;
    }
}
