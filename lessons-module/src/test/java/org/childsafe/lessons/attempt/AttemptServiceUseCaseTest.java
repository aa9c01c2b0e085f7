package org.childsafe.lessons.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.childsafe.lessons.LessonsConfig;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.LessonPackTestData;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.junit.jupiter.api.Test;

/**
 * Taking a lesson as a learner, with an in-memory repository and a recording grade queue: the score is computed
 * from the stored answers, the policy picks what is sent, and nobody reaches another learner's attempt.
 */
class AttemptServiceUseCaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC);

    private final LessonPack pack = LessonPackTestData.goodPack();
    private final Lesson lesson = pack.lessons().get(0);
    private final InMemoryAttempts repository = new InMemoryAttempts();
    private final RecordingGrades grades = new RecordingGrades();

    private AttemptService service(AttemptPolicy policy) {
        return new AttemptService(repository, grades, new LessonsConfig(Path.of("."), "x", policy), CLOCK);
    }

    static LaunchIdentity learner(long userId) {
        return new LaunchIdentity(1, "https://lms", 7, "d1", "School", userId, null, 3L, "7A",
                Set.of(ToolRole.LEARNER), false, "lessons", "link-1", null, Instant.EPOCH);
    }

    private double take(AttemptService service, LaunchIdentity learner, List<String> q1, List<String> q3) {
        LessonAttempt attempt = service.startOrResume(learner, lesson, pack);
        AttemptProgress progress = attempt.progress();
        progress.answer("q1", q1);
        progress.answer("q3", q3);
        service.save(learner, attempt.id(), progress);
        return service.complete(learner, attempt.id(), lesson, Locale.ENGLISH).counted();
    }

    @Test
    void completingScoresTheStoredAnswersAndQueuesTheGrade() {
        AttemptService service = service(AttemptPolicy.BEST);

        double counted = take(service, learner(11), List.of("b"), List.of("false"));

        assertThat(counted).isEqualTo(28.6);
        assertThat(grades.submitted).containsExactly(28.6);
        assertThat(repository.answers).hasSize(5);
    }

    @Test
    void bestPolicyKeepsTheBetterEarlierScore() {
        AttemptService service = service(AttemptPolicy.BEST);
        take(service, learner(12), List.of("b"), List.of("false"));

        double counted = take(service, learner(12), List.of("a"), List.of("true"));

        assertThat(counted).isEqualTo(28.6);
        assertThat(grades.submitted).containsExactly(28.6, 28.6);
    }

    @Test
    void lastPolicySendsTheLatestScoreEvenIfLower() {
        AttemptService service = service(AttemptPolicy.LAST);
        take(service, learner(13), List.of("b"), List.of("false"));

        double counted = take(service, learner(13), List.of("a"), List.of("true"));

        assertThat(counted).isZero();
        assertThat(grades.submitted).containsExactly(28.6, 0.0);
    }

    @Test
    void completingTwiceDoesNotScoreOrSendAgain() {
        AttemptService service = service(AttemptPolicy.BEST);
        LessonAttempt attempt = service.startOrResume(learner(14), lesson, pack);
        service.complete(learner(14), attempt.id(), lesson, Locale.ENGLISH);

        service.complete(learner(14), attempt.id(), lesson, Locale.ENGLISH);

        assertThat(grades.submitted).hasSize(1);
    }

    @Test
    void anotherLearnerCannotSaveOrCompleteMyAttempt() {
        AttemptService service = service(AttemptPolicy.BEST);
        LessonAttempt mine = service.startOrResume(learner(15), lesson, pack);

        assertThrows(AttemptNotFoundException.class, () -> service.save(learner(16), mine.id(), new AttemptProgress()));
        assertThrows(AttemptNotFoundException.class, () -> service.complete(learner(16), mine.id(), lesson, Locale.ENGLISH));
    }

    @Test
    void resumesTheOpenAttemptInsteadOfStartingAnother() {
        AttemptService service = service(AttemptPolicy.BEST);
        LessonAttempt first = service.startOrResume(learner(17), lesson, pack);
        AttemptProgress progress = first.progress();
        progress.moveTo(3);
        service.save(learner(17), first.id(), progress);

        LessonAttempt again = service.startOrResume(learner(17), lesson, pack);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.progress().step()).isEqualTo(3);
    }

    @Test
    void anonymousLaunchesAndTeachersAreNotStored() {
        LaunchIdentity anonymous = new LaunchIdentity(1, "https://lms", 7, "d1", "School", null, null, null, null,
                Set.of(ToolRole.LEARNER), false, "lessons", "link-1", null, Instant.EPOCH);
        LaunchIdentity teacher = new LaunchIdentity(1, "https://lms", 7, "d1", "School", 20L, "T", 3L, "7A",
                Set.of(ToolRole.INSTRUCTOR), false, "lessons", "link-1", null, Instant.EPOCH);

        assertThat(AttemptService.stores(anonymous)).isFalse();
        assertThat(AttemptService.stores(teacher)).isFalse();
        assertThat(AttemptService.stores(learner(21))).isTrue();
        assertThrows(IllegalArgumentException.class, () -> service(AttemptPolicy.BEST).startOrResume(anonymous, lesson, pack));
    }

    /** Attempts in a list, ids assigned on save. */
    static final class InMemoryAttempts implements AttemptRepository {
        final List<LessonAttempt> attempts = new ArrayList<>();
        final List<LessonAnswer> answers = new ArrayList<>();

        @Override
        public LessonAttempt save(LessonAttempt attempt) {
            if (attempt.id() == null) {
                setId(attempt, attempts.size() + 1L);
                attempts.add(attempt);
            }
            return attempt;
        }

        private static void setId(LessonAttempt attempt, long id) {
            try {
                var field = LessonAttempt.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(attempt, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<LessonAttempt> find(long attemptId) {
            return attempts.stream().filter(a -> a.id() == attemptId).findFirst();
        }

        @Override
        public Optional<LessonAttempt> inProgress(long deploymentPk, long userId, String lessonId) {
            return attempts.stream().filter(a -> a.deploymentPk() == deploymentPk && a.userId() == userId
                    && a.lessonId().equals(lessonId) && !a.completed()).reduce((a, b) -> b);
        }

        @Override
        public List<LessonAttempt> completed(long deploymentPk, long userId, String lessonId) {
            return attempts.stream().filter(a -> a.deploymentPk() == deploymentPk && a.userId() == userId
                    && a.lessonId().equals(lessonId) && a.completed()).toList();
        }

        @Override
        public void saveAnswers(List<LessonAnswer> list) {
            answers.addAll(list);
        }

        @Override
        public List<LessonAttempt> ofCourse(long deploymentPk, Long contextPk) {
            return List.copyOf(attempts);
        }

        @Override
        public List<LessonAnswer> answersOfCourse(long deploymentPk, Long contextPk, String lessonId) {
            return List.copyOf(answers);
        }
    }

    /** Records the scores queued. */
    static final class RecordingGrades implements GradeReporter {
        final List<Double> submitted = new ArrayList<>();

        @Override
        public Optional<GradeReport> submit(LaunchIdentity learner, Lesson lesson, String label, double score) {
            submitted.add(score);
            return Optional.of(new GradeReport(submitted.size(), learner.userId(), learner.resourceLinkId(), score,
                    "PENDING", 0, Instant.EPOCH, null));
        }

        @Override
        public Optional<GradeReport> latest(LaunchIdentity learner) {
            return Optional.empty();
        }

        @Override
        public List<GradeReport> forResourceLink(long deploymentPk, String resourceLinkId) {
            return List.of();
        }
    }
}
