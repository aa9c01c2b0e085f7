package org.childsafe.lti.grades.application;

/**
 * A teacher asked to act on a grade submission outside their deployment or course, or without a staff role.
 * Pages answer it with the 403 page; it never says whether the submission exists elsewhere.
 */
public class GradeAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GradeAccessDeniedException(String message) {
        super(message);
    }
}
