package org.childsafe.lti.grades.application;

import java.time.Instant;

/**
 * What the tool knows about one queued score: what a learner sees as "your score was sent" and a teacher as the
 * grade sync status of each learner. Carries the tool's user id, never a name or the LMS subject.
 *
 * @param submissionId  the queued submission (for {@link GradeService#resend})
 * @param userId        the learner ({@code lti_user.id})
 * @param resourceLinkId the platform's resource link the score is for
 * @param state         where it stands
 * @param attempts      how many times the platform was called for it
 * @param createdAt     when it was submitted
 * @param updatedAt     when its state last changed
 * @param nextAttemptAt when the dispatcher tries it next ({@code null} once SENT or FAILED)
 * @param errorCode     {@code null} unless FAILED or RETRYING; a stable code such as {@code ags.user_not_gradable},
 *                      {@code ags.forbidden}, {@code ags.not_found}, {@code ags.unavailable} (no AGS claim or
 *                      scope), {@code ags.timeout}, {@code ags.server_error}, {@code ags.malformed_response}; its
 *                      vi/en text is {@code grades.error.<code>} in the lti-provider bundle
 */
public record GradeSyncStatus(long submissionId, long userId, String resourceLinkId, double scoreGiven,
        double scoreMaximum, SyncState state, int attempts, Instant createdAt, Instant updatedAt,
        Instant nextAttemptAt, String errorCode) {

    /** The bundle key of the state's text. */
    public String stateKey() {
        return "grades.state." + state.name();
    }

    /** The bundle key of the reason's text, or {@code null} when there is no error. */
    public String errorKey() {
        return errorCode == null ? null : "grades.error." + errorCode;
    }
}
