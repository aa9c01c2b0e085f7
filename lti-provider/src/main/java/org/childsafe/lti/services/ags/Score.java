package org.childsafe.lti.services.ags;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score for one learner (AGS 2.0 §3.4).
 *
 * @param userId           the learner's launch {@code sub}
 * @param scoreGiven       the score, absent e.g. while the activity is only started
 * @param scoreMaximum     the maximum of {@code scoreGiven}, greater than 0
 * @param activityProgress the learner's progress
 * @param gradingProgress  the grading status
 * @param timestamp        when the score was set; the platform ignores a score older than the one it has
 * @param comment          a comment for the learner
 */
public record Score(String userId, OptionalDouble scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
        GradingProgress gradingProgress, Instant timestamp, Optional<String> comment) {

    public Score {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("Score userId is required.");
        }
        Objects.requireNonNull(scoreGiven, "Score given option is required.");
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("Score scoreMaximum must be greater than 0.");
        }
        if (scoreGiven.isPresent() && (scoreGiven.getAsDouble() < 0 || !Double.isFinite(scoreGiven.getAsDouble()))) {
            throw new IllegalArgumentException("Score scoreGiven must be a number of at least 0.");
        }
        Objects.requireNonNull(activityProgress, "Activity progress is required.");
        Objects.requireNonNull(gradingProgress, "Grading progress is required.");
        Objects.requireNonNull(timestamp, "Timestamp is required.");
        Objects.requireNonNull(comment, "Comment option is required.");
    }

    /** A final grade: completed and fully graded, without comment. */
    public static Score graded(String userId, double scoreGiven, double scoreMaximum, Instant timestamp) {
        return new Score(userId, OptionalDouble.of(scoreGiven), scoreMaximum, ActivityProgress.Completed,
                GradingProgress.FullyGraded, timestamp, Optional.empty());
    }
}
