package org.childsafe.lessons.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The scored answer to one question of a completed attempt: the per-question difficulty (% correct) on the
 * teacher dashboard is counted from these rows.
 */
@Entity
@Table(name = "lesson_answer")
public class LessonAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private long attemptId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private String lessonId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private String questionId;

    @Column(nullable = false, updatable = false)
    private String answer;

    @Column(nullable = false, updatable = false)
    private boolean correct;

    @Column(nullable = false, updatable = false)
    private int points;

    protected LessonAnswer() {
    }

    public LessonAnswer(long attemptId, String lessonId, QuestionResult result) {
        this.attemptId = attemptId;
        this.lessonId = lessonId;
        this.questionId = result.questionId();
        this.answer = String.join(",", result.answer());
        this.correct = result.correct();
        this.points = result.earned();
    }

    public long attemptId() {
        return attemptId;
    }

    public String questionId() {
        return questionId;
    }

    public String answer() {
        return answer;
    }

    public boolean correct() {
        return correct;
    }

    public int points() {
        return points;
    }
}
