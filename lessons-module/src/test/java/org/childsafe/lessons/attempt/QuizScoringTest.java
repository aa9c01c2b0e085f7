package org.childsafe.lessons.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPackTestData;
import org.childsafe.lessons.pack.Question;
import org.junit.jupiter.api.Test;

/**
 * Server-side scoring of each question type of the fixture lesson (q1 single b, q2 multiple [a, c] for 2 points,
 * q3 true/false false, q4 scenario a, q5 ordering [a, b, c] for 2 points; 7 points in all).
 */
class QuizScoringTest {

    private final Lesson lesson = LessonPackTestData.strongPasswords();

    private Question q(String id) {
        return lesson.question(id).orElseThrow();
    }

    @Test
    void singleScoresOnlyTheRightOption() {
        assertThat(QuizScoring.score(q("q1"), List.of("b"))).extracting(QuestionResult::correct, QuestionResult::earned)
                .containsExactly(true, 1);
        assertThat(QuizScoring.score(q("q1"), List.of("a")).earned()).isZero();
    }

    @Test
    void singleWithTwoOptionsIsTamperedAndScoresNothing() {
        QuestionResult result = QuizScoring.score(q("q1"), List.of("b", "a"));

        assertThat(result.correct()).isFalse();
        assertThat(result.tampered()).isTrue();
    }

    @Test
    void multipleScoresOnlyTheExactSetInAnyOrder() {
        assertThat(QuizScoring.score(q("q2"), List.of("c", "a")).earned()).isEqualTo(2);
        assertThat(QuizScoring.score(q("q2"), List.of("a")).earned()).as("partial answer").isZero();
        assertThat(QuizScoring.score(q("q2"), List.of("a", "b", "c", "d")).earned()).as("every box ticked").isZero();
    }

    @Test
    void trueFalseScoresTheRightValue() {
        assertThat(QuizScoring.score(q("q3"), List.of("false")).correct()).isTrue();
        assertThat(QuizScoring.score(q("q3"), List.of("true")).correct()).isFalse();
        assertThat(QuizScoring.score(q("q3"), List.of("maybe")).tampered()).isTrue();
    }

    @Test
    void scenarioScoresLikeSingle() {
        assertThat(QuizScoring.score(q("q4"), List.of("a")).earned()).isEqualTo(1);
        assertThat(QuizScoring.score(q("q4"), List.of("b")).earned()).isZero();
    }

    @Test
    void orderingScoresOnlyTheExactOrder() {
        assertThat(QuizScoring.score(q("q5"), List.of("a", "b", "c")).earned()).isEqualTo(2);
        assertThat(QuizScoring.score(q("q5"), List.of("c", "a", "b")).earned()).as("the shown order").isZero();
        assertThat(QuizScoring.score(q("q5"), List.of("a", "b")).tampered()).as("an option left out").isTrue();
    }

    @Test
    void tamperedIdsAreDroppedFromTheStoredAnswerAndScoreNothing() {
        QuestionResult result = QuizScoring.score(q("q2"), List.of("a", "c", "<script>"));

        assertThat(result.answer()).containsExactly("a", "c");
        assertThat(result.tampered()).isTrue();
        assertThat(result.earned()).isZero();
    }

    @Test
    void repeatedIdsAreTampered() {
        assertThat(QuizScoring.score(q("q2"), List.of("a", "a", "c")).tampered()).isTrue();
        assertThat(QuizScoring.score(q("q5"), List.of("a", "a", "b")).earned()).isZero();
    }

    @Test
    void lessonScoreIsHundredTimesEarnedOverTotalRoundedToOneDecimal() {
        QuizResult result = QuizScoring.score(lesson, Map.of("q1", List.of("b"), "q2", List.of("a", "c"),
                "q3", List.of("true"), "q4", List.of("a"), "q5", List.of("c", "a", "b")));

        assertThat(result.earned()).isEqualTo(4);
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.score()).isEqualTo(57.1);
    }

    @Test
    void unansweredQuestionsScoreZero() {
        QuizResult result = QuizScoring.score(lesson, Map.of("q1", List.of("b")));

        assertThat(result.questions()).hasSize(5);
        assertThat(result.score()).isEqualTo(14.3);
    }

    @Test
    void allRightIsHundred() {
        QuizResult result = QuizScoring.score(lesson, Map.of("q1", List.of("b"), "q2", List.of("a", "c"),
                "q3", List.of("false"), "q4", List.of("a"), "q5", List.of("a", "b", "c")));

        assertThat(result.score()).isEqualTo(100.0);
    }

    @Test
    void percentRoundsHalfUp() {
        assertThat(QuizScoring.percent(2, 3)).isEqualTo(66.7);
        assertThat(QuizScoring.percent(1, 8)).isEqualTo(12.5);
        assertThat(QuizScoring.percent(0, 0)).isZero();
    }
}
