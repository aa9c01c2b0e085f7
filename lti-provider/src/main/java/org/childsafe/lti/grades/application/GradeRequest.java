package org.childsafe.lti.grades.application;

import java.util.Objects;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;

/**
 * One score a widget wants in the learner's gradebook (AGS 2.0 §3.4). Validated here, so a queued submission is
 * always one the platform can accept in form: a widget bug fails on the caller's thread with an
 * {@link IllegalArgumentException}, not minutes later in the dispatcher.
 *
 * @param scoreGiven       0 ≤ scoreGiven ≤ scoreMaximum, finite
 * @param scoreMaximum     greater than 0, finite
 * @param activityProgress required
 * @param gradingProgress  required
 * @param comment          a comment for the learner, at most {@value #MAX_COMMENT} characters, or {@code null}
 *                         (never personal data: it goes to the platform and stays in the tool's queue)
 * @param lineItem         how to find or create the column when the launch has no {@code lineitem} claim, or
 *                         {@code null} (then such a launch fails with {@code ags.unavailable})
 */
public record GradeRequest(double scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
        GradingProgress gradingProgress, String comment, LineItemHint lineItem) {

    /** The longest comment kept and sent. */
    public static final int MAX_COMMENT = 1000;

    public GradeRequest {
        if (!Double.isFinite(scoreMaximum) || !(scoreMaximum > 0)) {
            throw new IllegalArgumentException("scoreMaximum must be a finite number greater than 0.");
        }
        if (!Double.isFinite(scoreGiven) || scoreGiven < 0 || scoreGiven > scoreMaximum) {
            throw new IllegalArgumentException("scoreGiven must be a finite number from 0 to scoreMaximum.");
        }
        Objects.requireNonNull(activityProgress, "Activity progress is required.");
        Objects.requireNonNull(gradingProgress, "Grading progress is required.");
        if (comment != null) {
            comment = comment.strip();
            if (comment.isEmpty()) {
                comment = null;
            } else if (comment.length() > MAX_COMMENT) {
                throw new IllegalArgumentException("comment is longer than " + MAX_COMMENT + " characters.");
            }
        }
    }

    /** A final grade: activity completed, fully graded, no comment. */
    public static GradeRequest completed(double scoreGiven, double scoreMaximum, LineItemHint lineItem) {
        return new GradeRequest(scoreGiven, scoreMaximum, ActivityProgress.Completed, GradingProgress.FullyGraded,
                null, lineItem);
    }
}
