package org.childsafe.lti.grades.application;

/**
 * Fired when a submission was queued or requeued. Observed {@code AFTER_SUCCESS} by the dispatcher, so the score
 * is sent right after the commit instead of at the next poll, and never when the caller's transaction rolled back.
 */
public record GradeSubmitted(long submissionId) {
}
