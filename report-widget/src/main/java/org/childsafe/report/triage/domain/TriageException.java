package org.childsafe.report.triage.domain;

/**
 * A triage request that is refused for a reason the counselor can act on; {@link #code()} is stable and keys the
 * message {@code problem.<code>} in the report bundle.
 */
public class TriageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public TriageException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
