package org.childsafe.lessons.attempt;

/** The attempt does not exist or is not the caller's (the two are not told apart). */
public class AttemptNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable error code. */
    public static final String CODE = "lessons.attempt_not_found";

    public AttemptNotFoundException(long attemptId) {
        super("No attempt " + attemptId + " for this learner.");
    }
}
