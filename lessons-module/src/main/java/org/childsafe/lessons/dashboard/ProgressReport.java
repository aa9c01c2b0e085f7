package org.childsafe.lessons.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childsafe.lessons.attempt.AttemptPolicy;
import org.childsafe.lessons.attempt.GradeReport;
import org.childsafe.lessons.attempt.LessonAnswer;
import org.childsafe.lessons.attempt.LessonAttempt;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.Question;

/**
 * The numbers on the dashboard, computed from a course's attempts, answers, roster and grade statuses. Pure
 * functions, so every figure is unit-tested without a container.
 */
public final class ProgressReport {

    private ProgressReport() {
    }

    /** A roster member: platform user id ({@code sub}) and display name. */
    public record Member(String subject, String name) {
    }

    /** Completion per lesson, in catalogue order. */
    public static List<LessonSummary> summaries(List<Lesson> lessons, List<LessonAttempt> attempts, AttemptPolicy policy,
                                                Locale locale) {
        List<LessonSummary> summaries = new ArrayList<>();
        for (Lesson lesson : lessons) {
            List<LessonAttempt> of = attempts.stream().filter(a -> a.lessonId().equals(lesson.id())).toList();
            Map<Long, List<LessonAttempt>> byUser = of.stream().collect(Collectors.groupingBy(LessonAttempt::userId));
            List<Double> counted = byUser.values().stream().map(list -> counted(list, policy)).flatMap(Optional::stream)
                    .toList();
            summaries.add(new LessonSummary(lesson.id(), lesson.texts(locale).title(), byUser.size(), counted.size(),
                    counted.isEmpty() ? null : round(counted.stream().mapToDouble(Double::doubleValue).average().orElse(0))));
        }
        return summaries;
    }

    /**
     * One row per student of the lesson: everyone who started it, then roster learners who did not.
     *
     * @param subjects user id → platform subject of the students who launched
     * @param roster   the course's active learners, or null when the roster is not available
     * @param grades   user id → latest grade status
     */
    public static List<StudentRow> students(Lesson lesson, List<LessonAttempt> attempts, AttemptPolicy policy,
                                            Map<Long, String> subjects, List<Member> roster,
                                            Map<Long, GradeReport> grades, Function<Long, String> anonymousLabel) {
        Map<String, String> names = roster == null ? Map.of()
                : roster.stream().collect(Collectors.toMap(Member::subject, Member::name, (a, b) -> a));
        Map<Long, List<LessonAttempt>> byUser = attempts.stream().filter(a -> a.lessonId().equals(lesson.id()))
                .collect(Collectors.groupingBy(LessonAttempt::userId, LinkedHashMap::new, Collectors.toList()));
        List<StudentRow> rows = new ArrayList<>();
        Set<String> started = new HashSet<>();
        byUser.forEach((userId, list) -> {
            String subject = subjects.get(userId);
            started.add(subject);
            Optional<Double> score = counted(list, policy);
            GradeReport grade = grades.get(userId);
            String name = subject == null ? null : names.get(subject);
            rows.add(new StudentRow(name != null ? name : anonymousLabel.apply(userId), userId,
                    score.isPresent() ? "completed" : "in-progress", score.orElse(null), list.size(),
                    list.stream().map(LessonAttempt::updatedAt).max(Comparator.naturalOrder()).orElse(null),
                    grade == null ? null : grade.state(), grade == null ? null : grade.errorCode()));
        });
        rows.sort(Comparator.comparing(StudentRow::label, String.CASE_INSENSITIVE_ORDER));
        notStarted(roster, started).forEach(member -> rows.add(new StudentRow(member.name(), null, "not-started", null,
                0, null, null, null)));
        return rows;
    }

    /** Roster learners who have not started (empty without a roster). */
    public static List<Member> notStarted(List<Member> roster, Set<String> startedSubjects) {
        if (roster == null) {
            return List.of();
        }
        return roster.stream().filter(member -> !startedSubjects.contains(member.subject()))
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** % correct per question of the lesson, from completed attempts' scored answers. */
    public static List<QuestionRow> questions(Lesson lesson, List<LessonAnswer> answers, Locale locale) {
        List<QuestionRow> rows = new ArrayList<>();
        int number = 0;
        for (Question question : lesson.quiz()) {
            number++;
            List<LessonAnswer> of = answers.stream().filter(a -> a.questionId().equals(question.id())).toList();
            long right = of.stream().filter(LessonAnswer::correct).count();
            rows.add(new QuestionRow(number, question.id(), lesson.texts(locale).quiz().get(question.id()).prompt(),
                    of.size(), of.isEmpty() ? null : round(100.0 * right / of.size())));
        }
        return rows;
    }

    static Optional<Double> counted(List<LessonAttempt> attempts, AttemptPolicy policy) {
        return policy.counted(attempts.stream().filter(LessonAttempt::completed)
                .sorted(Comparator.comparing(LessonAttempt::completedAt)).map(LessonAttempt::score).toList());
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
