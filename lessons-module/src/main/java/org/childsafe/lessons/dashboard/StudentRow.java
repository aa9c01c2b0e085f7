package org.childsafe.lessons.dashboard;

import java.time.Instant;

/**
 * One student's state in one lesson.
 *
 * @param label      the roster's display name, or "Learner #id" when the course roster is not available
 * @param userId     tool user id, null for a roster member who never launched
 * @param status     completed, in-progress or not-started
 * @param score      counted score under the attempt policy, null before completion
 * @param attempts   attempts started
 * @param lastActivity last change, null if never started
 * @param gradeState grade queue state (SENT, PENDING, RETRYING, FAILED) or null when nothing was sent
 * @param gradeError stable error code of a failed or retrying grade, or null
 */
public record StudentRow(String label, Long userId, String status, Double score, int attempts, Instant lastActivity,
                         String gradeState, String gradeError) {
}
