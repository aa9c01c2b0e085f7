package org.childsafe.lessons.dashboard;

/**
 * How a class did on one question: {@code correctPercent} of {@code answers} completed attempts got it right
 * (null when nobody answered yet). A low percentage points to a misconception worth discussing.
 */
public record QuestionRow(int number, String questionId, String prompt, int answers, Double correctPercent) {
}
