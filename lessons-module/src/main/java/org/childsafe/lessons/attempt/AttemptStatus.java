package org.childsafe.lessons.attempt;

/** An attempt is in progress until the learner finishes the quiz and reaches the end. */
public enum AttemptStatus {
    IN_PROGRESS, COMPLETED
}
