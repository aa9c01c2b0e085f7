package org.childsafe.lessons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.childsafe.lessons.attempt.AttemptPolicy;
import org.childsafe.lessons.attempt.AttemptProgress;
import org.childsafe.lessons.attempt.GradeReport;
import org.childsafe.lessons.attempt.LessonAnswer;
import org.childsafe.lessons.attempt.LessonAttempt;
import org.childsafe.lessons.attempt.QuizResult;
import org.childsafe.lessons.attempt.QuizScoring;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPackTestData;
import org.junit.jupiter.api.Test;

/** Dashboard figures: completion, counted scores, who has not started and % correct per question. */
class ProgressReportTest {

    private static final Instant T0 = Instant.parse("2026-11-29T06:00:00Z");
    private final List<Lesson> lessons = LessonPackTestData.goodPack().lessons();
    private final Lesson lesson = lessons.get(0);

    private LessonAttempt attempt(long user, Map<String, List<String>> answers, int minute) {
        LessonAttempt attempt = new LessonAttempt(7, user, 3L, "link", lesson.id(), "fixture-pack", "1.0.0", T0);
        if (answers != null) {
            AttemptProgress progress = new AttemptProgress();
            answers.forEach(progress::answer);
            attempt.complete(progress, QuizScoring.score(lesson, answers), T0.plusSeconds(60L * minute));
        }
        return attempt;
    }

    private final Map<String, List<String>> allRight = Map.of("q1", List.of("b"), "q2", List.of("a", "c"),
            "q3", List.of("false"), "q4", List.of("a"), "q5", List.of("a", "b", "c"));

    @Test
    void summarisesStartedCompletedAndAverageOfCountedScores() {
        List<LessonAttempt> attempts = List.of(attempt(1, allRight, 1), attempt(1, Map.of(), 2),
                attempt(2, Map.of("q1", List.of("b")), 3), attempt(3, null, 0));

        LessonSummary summary = ProgressReport.summaries(lessons, attempts, AttemptPolicy.BEST, Locale.ENGLISH).get(0);

        assertThat(summary.started()).isEqualTo(3);
        assertThat(summary.completed()).isEqualTo(2);
        assertThat(summary.averageScore()).isEqualTo(57.2);
        assertThat(ProgressReport.summaries(lessons, attempts, AttemptPolicy.LAST, Locale.ENGLISH).get(0).averageScore())
                .isEqualTo(7.2);
    }

    @Test
    void listsStudentsWithRosterNamesThenWhoHasNotStarted() {
        List<LessonAttempt> attempts = List.of(attempt(1, allRight, 1), attempt(2, null, 0));
        List<ProgressReport.Member> roster = List.of(new ProgressReport.Member("sub-1", "An"),
                new ProgressReport.Member("sub-2", "Bình"), new ProgressReport.Member("sub-3", "Chi"));
        GradeReport sent = new GradeReport(9, 1, "link", 100, "SENT", 1, T0, null);

        List<StudentRow> rows = ProgressReport.students(lesson, attempts, AttemptPolicy.BEST,
                Map.of(1L, "sub-1", 2L, "sub-2"), roster, Map.of(1L, sent), id -> "Learner " + id);

        assertThat(rows).extracting(StudentRow::label, StudentRow::status, StudentRow::score, StudentRow::gradeState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("An", "completed", 100.0, "SENT"),
                        org.assertj.core.groups.Tuple.tuple("Bình", "in-progress", null, null),
                        org.assertj.core.groups.Tuple.tuple("Chi", "not-started", null, null));
        assertThat(ProgressReport.notStarted(roster, Set.of("sub-1", "sub-2"))).extracting(ProgressReport.Member::name)
                .containsExactly("Chi");
    }

    @Test
    void withoutARosterStudentsArePseudonymousAndNobodyIsListedAsNotStarted() {
        List<StudentRow> rows = ProgressReport.students(lesson, List.of(attempt(5, null, 0)), AttemptPolicy.BEST,
                Map.of(5L, "sub-5"), null, Map.of(), id -> "Learner " + id);

        assertThat(rows).extracting(StudentRow::label).containsExactly("Learner 5");
        assertThat(ProgressReport.notStarted(null, Set.of())).isEmpty();
    }

    @Test
    void percentCorrectPerQuestion() {
        QuizResult right = QuizScoring.score(lesson, allRight);
        QuizResult wrong = QuizScoring.score(lesson, Map.of("q1", List.of("a")));
        List<LessonAnswer> answers = new java.util.ArrayList<>();
        right.questions().forEach(q -> answers.add(new LessonAnswer(1, lesson.id(), q)));
        wrong.questions().forEach(q -> answers.add(new LessonAnswer(2, lesson.id(), q)));
        answers.add(new LessonAnswer(3, lesson.id(), QuizScoring.score(lesson.question("q1").orElseThrow(), List.of("b"))));

        List<QuestionRow> rows = ProgressReport.questions(lesson, answers, Locale.ENGLISH);

        assertThat(rows.get(0)).extracting(QuestionRow::questionId, QuestionRow::answers, QuestionRow::correctPercent)
                .containsExactly("q1", 3, 66.7);
        assertThat(rows.get(1).correctPercent()).isEqualTo(50.0);
        assertThat(rows.get(0).prompt()).isEqualTo("Which password is strongest?");
    }
}
