package org.childsafe.lessons.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.childsafe.lessons.LessonsConfig;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;

/**
 * A learner's attempts: start or resume, save progress, complete with a server-computed score and hand the
 * counted score (per {@link AttemptPolicy}) to the grade queue.
 *
 * <h2>Who is stored</h2>
 * Only launches with a user id and the Learner role are stored and graded. An anonymous launch (no {@code sub})
 * or a teacher previewing a lesson plays it in the browser session only: nothing is written and nothing is sent
 * to a gradebook ({@link #stores(LaunchIdentity)}).
 *
 * <h2>Ownership</h2>
 * Every method that takes an attempt id checks it belongs to the caller's user and school; another id is
 * {@link AttemptNotFoundException}, never someone else's progress.
 */
@ApplicationScoped
public class AttemptService {

    private static final Logger LOG = Logger.getLogger(AttemptService.class.getName());

    @Inject
    AttemptRepository attempts;

    @Inject
    GradeReporter grades;

    @Inject
    LessonsConfig config;

    @Inject
    Clock clock;

    /** Replaced by injection; the default (log events only) serves tests built with the constructor. */
    @Inject
    LessonMetrics metrics = new LessonMetrics();

    protected AttemptService() {
    }

    /** For use-case tests. */
    public AttemptService(AttemptRepository attempts, GradeReporter grades, LessonsConfig config, Clock clock) {
        this.attempts = attempts;
        this.grades = grades;
        this.config = config;
        this.clock = clock;
    }

    /** Whether this launch's attempts are stored and graded. */
    public static boolean stores(LaunchIdentity identity) {
        return identity != null && !identity.anonymous() && identity.has(ToolRole.LEARNER);
    }

    /** The learner's unfinished attempt of the lesson, or a new one. */
    @Transactional
    public LessonAttempt startOrResume(LaunchIdentity learner, Lesson lesson, LessonPack pack) {
        requireStored(learner);
        return attempts.inProgress(learner.deploymentPk(), learner.userId(), lesson.id())
                .orElseGet(() -> attempts.save(new LessonAttempt(learner.deploymentPk(), learner.userId(),
                        learner.contextPk(), learner.resourceLinkId(), lesson.id(), pack.id(), pack.version(),
                        clock.instant())));
    }

    /** Saves the learner's place in an attempt. */
    @Transactional
    public void save(LaunchIdentity learner, long attemptId, AttemptProgress progress) {
        LessonAttempt attempt = owned(learner, attemptId);
        attempt.record(progress, clock.instant());
        attempts.save(attempt);
    }

    /**
     * Completes the attempt: scores the <em>stored</em> answers on the server (never a score or answers sent at
     * completion), stores each question's result, and sends the counted score to the gradebook. Completing a
     * completed attempt again changes nothing and reports its score.
     */
    @Transactional
    public Completion complete(LaunchIdentity learner, long attemptId, Lesson lesson, Locale locale) {
        LessonAttempt attempt = owned(learner, attemptId);
        AttemptProgress progress = attempt.progress();
        if (attempt.completed()) {
            return new Completion(attempt.score(), counted(learner, lesson.id()).orElse(attempt.score()),
                    learnersReport(learner));
        }
        QuizResult result = QuizScoring.score(lesson, progress.answers());
        attempt.complete(progress, result, clock.instant());
        attempts.save(attempt);
        attempts.saveAnswers(result.questions().stream()
                .map(question -> new LessonAnswer(attempt.id(), lesson.id(), question)).toList());
        if (result.questions().stream().anyMatch(QuestionResult::tampered)) {
            LOG.warning(() -> "Attempt " + attempt.id() + " submitted option ids the lesson does not have; scored 0 there");
        }
        metrics.completed(lesson.id());
        double counted = counted(learner, lesson.id()).orElse(result.score());
        Optional<GradeReport> report = Optional.empty();
        try {
            report = grades.submit(learner, lesson, lesson.texts(locale).title(), counted);
            report.ifPresent(r -> attempt.gradeSubmitted(r.submissionId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not queue the grade of attempt " + attempt.id(), e);
        }
        return new Completion(result.score(), counted, report);
    }

    /** The learner's latest completed attempt of a lesson, if any. */
    public Optional<LessonAttempt> lastCompleted(LaunchIdentity learner, String lessonId) {
        List<LessonAttempt> done = attempts.completed(learner.deploymentPk(), learner.userId(), lessonId);
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1));
    }

    /** The learner's unfinished attempt of a lesson, if any. */
    public Optional<LessonAttempt> inProgress(LaunchIdentity learner, String lessonId) {
        requireStored(learner);
        return attempts.inProgress(learner.deploymentPk(), learner.userId(), lessonId);
    }

    /** The learner's counted score of a lesson under the configured policy. */
    public Optional<Double> counted(LaunchIdentity learner, String lessonId) {
        List<Double> scores = attempts.completed(learner.deploymentPk(), learner.userId(), lessonId).stream()
                .map(LessonAttempt::score).toList();
        return config.attemptPolicy().counted(scores);
    }

    /** The latest grade sync status of the learner in this activity. */
    public Optional<GradeReport> learnersReport(LaunchIdentity learner) {
        try {
            return grades.latest(learner);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Grade status unavailable", e);
            return Optional.empty();
        }
    }

    private LessonAttempt owned(LaunchIdentity learner, long attemptId) {
        requireStored(learner);
        return attempts.find(attemptId)
                .filter(a -> a.userId() == learner.userId() && a.deploymentPk() == learner.deploymentPk())
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    private static void requireStored(LaunchIdentity identity) {
        if (!stores(identity)) {
            throw new IllegalArgumentException("Only a learner's launch with a user id has stored attempts.");
        }
    }

    /**
     * What completing an attempt gave.
     *
     * @param score   this attempt's score
     * @param counted the score that counts under the policy (and was sent)
     * @param grade   the grade queue's status, empty when grades are not connected
     */
    public record Completion(double score, double counted, Optional<GradeReport> grade) {
    }
}
