package org.childsafe.lessons.attempt;

import java.io.Serializable;
import java.util.List;

/**
 * A scored quiz: per question results and the lesson score, 100 × earned / total rounded to one decimal.
 */
public record QuizResult(List<QuestionResult> questions, int earned, int total, double score) implements Serializable {

    public QuizResult {
        questions = List.copyOf(questions);
    }
}
