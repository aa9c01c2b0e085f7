package org.childsafe.lti.grades.domain;

import java.time.Instant;
import java.util.Objects;
import org.childsafe.lti.grades.application.SyncState;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;

/**
 * One row of the grade outbox ({@code grade_submission}) as stored: the score as the learner earned it, where it
 * goes, and where its delivery stands. A row whose {@code supersededBy} is set was replaced by a newer submission
 * of the same learner for the same resource link before it was sent; it is never sent nor shown.
 *
 * @param leaseOwner  the dispatcher instance sending it right now, or {@code null}
 * @param leaseUntil  until when that claim holds; after it, any dispatcher may claim the row again
 * @param errorDetail the platform's sanitized message or the tool's reason, for logs and support (≤ 300 chars)
 */
public record Submission(long id, long registrationId, long deploymentPk, String resourceLinkId, Long contextPk,
        long userId, double scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
        GradingProgress gradingProgress, String comment, String hintLabel, String hintResourceId, String hintTag,
        Instant scoredAt, SyncState state, int attempts, Instant nextAttemptAt, String leaseOwner,
        Instant leaseUntil, String errorCode, String errorDetail, String lineItemUrl, Long supersededBy,
        Instant createdAt, Instant updatedAt) {

    public Submission {
        Objects.requireNonNull(resourceLinkId, "Resource link id is required.");
        Objects.requireNonNull(activityProgress, "Activity progress is required.");
        Objects.requireNonNull(gradingProgress, "Grading progress is required.");
        Objects.requireNonNull(scoredAt, "Score timestamp is required.");
        Objects.requireNonNull(state, "State is required.");
        Objects.requireNonNull(createdAt, "Creation time is required.");
        Objects.requireNonNull(updatedAt, "Update time is required.");
    }
}
