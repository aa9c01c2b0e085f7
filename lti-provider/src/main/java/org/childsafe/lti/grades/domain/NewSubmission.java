package org.childsafe.lti.grades.domain;

import java.time.Instant;
import java.util.Objects;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;

/** What {@link GradeOutbox#enqueue} stores: a PENDING row due at {@code now}. */
public record NewSubmission(long registrationId, long deploymentPk, String resourceLinkId, Long contextPk,
        long userId, double scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
        GradingProgress gradingProgress, String comment, String hintLabel, String hintResourceId, String hintTag,
        Instant now) {

    public NewSubmission {
        Objects.requireNonNull(resourceLinkId, "Resource link id is required.");
        Objects.requireNonNull(activityProgress, "Activity progress is required.");
        Objects.requireNonNull(gradingProgress, "Grading progress is required.");
        Objects.requireNonNull(now, "Time is required.");
    }
}
