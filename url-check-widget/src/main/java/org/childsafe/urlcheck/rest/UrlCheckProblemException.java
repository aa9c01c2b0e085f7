package org.childsafe.urlcheck.rest;

/**
 * A refused URL checker API call: HTTP status plus a stable code ({@code urlcheck.*}) whose text is in the
 * module's bundle under the code itself. Carries no input: the body may be 10 MB or personal.
 */
public class UrlCheckProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public UrlCheckProblemException(int status, String code) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
