package org.childsafe.report.receipt;

/**
 * The code and passcode do not open a case of this school. One exception for "no such code", "wrong passcode" and
 * "another school's code", so an answer never tells which.
 */
public class CaseAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseAccessDeniedException() {
        super("report.access.denied");
    }
}
