package org.childsafe.lti.grades.application;

/**
 * Where one queued score stands on its way to the platform's gradebook.
 *
 * <p>The transitions are {@code PENDING → SENT}, {@code PENDING → RETRYING → … → SENT}, and {@code PENDING|RETRYING →
 * FAILED} (a final refusal, or the last allowed attempt failed). A teacher's resend puts a {@code FAILED} or
 * {@code RETRYING} submission back to {@code PENDING}. Each state has a vi/en text under {@code grades.state.<STATE>}
 * in the lti-provider bundle.
 */
public enum SyncState {
    /** Queued, not tried yet (or requeued by a teacher); the dispatcher sends it as soon as it is due. */
    PENDING,
    /** Tried and failed for a reason that may pass (timeout, 5xx, 429, 401 after a token refresh); due again later. */
    RETRYING,
    /** The platform accepted the score. */
    SENT,
    /** The platform refused it for good (e.g. Moodle's "user not gradable"), or the attempts ran out. */
    FAILED
}
