package org.childsafe.lti.grades.application;

/**
 * The score cannot be sent for a reason on the tool's side of the launch: no AGS claim or score scope, no token
 * URL, no line item to use. Final ({@code ags.unavailable}): only a new launch with AGS, or an admin's change, helps.
 */
public class GradeNotDeliverableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GradeNotDeliverableException(String message) {
        super(message);
    }
}
