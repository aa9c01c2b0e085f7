package org.childsafe.lessons.attempt;

import java.io.Serializable;
import java.time.Instant;

/**
 * The gradebook sync status of one score, as the grade queue reports it, in the lessons module's terms.
 *
 * @param submissionId the queue's id of the submission
 * @param userId       the learner (tool user id)
 * @param resourceLinkId the course activity the score belongs to
 * @param score        score given, out of 100
 * @param state        PENDING, RETRYING, SENT or FAILED
 * @param attempts     delivery attempts so far
 * @param updatedAt    last change
 * @param errorCode    stable error code of the last failure, or null
 */
public record GradeReport(long submissionId, long userId, String resourceLinkId, double score, String state,
                          int attempts, Instant updatedAt, String errorCode) implements Serializable {

    public boolean sent() {
        return "SENT".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }
}
