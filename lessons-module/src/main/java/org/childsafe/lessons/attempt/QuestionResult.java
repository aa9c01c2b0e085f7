package org.childsafe.lessons.attempt;

import java.io.Serializable;
import java.util.List;

/**
 * How one submitted answer scored.
 *
 * @param questionId the question
 * @param answer     the option ids as submitted, minus any id the question does not have
 * @param correct    fully right (exact option, exact set, exact order)
 * @param earned     the question's points if correct, else 0
 * @param tampered   the submission named an option the question does not have, repeated one, or gave several
 *                   options to a one-answer question: scored 0, and worth a log line
 */
public record QuestionResult(String questionId, List<String> answer, boolean correct, int earned, boolean tampered)
        implements Serializable {

    public QuestionResult {
        answer = List.copyOf(answer);
    }
}
