package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.lti.grades.application.GradeTestData.learner;
import static org.childsafe.lti.grades.application.GradeTestData.score;
import static org.childsafe.lti.grades.application.GradeTestData.teacher;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.testplatform.MutableClock;
import org.junit.jupiter.api.Test;

/** The public API widgets and teachers use, with an in-memory outbox, audit log and event. */
class GradeServiceUseCaseTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final RecordingAudit audit = new RecordingAudit();
    private final RecordingEvent events = new RecordingEvent();
    private final GradeService grades = new GradeService(outbox, audit, clock, events);
    private final OutboxDrain drain = new OutboxDrain(outbox, (s, owner) -> {
        throw new GradeNotDeliverableException("no AGS");
    }, new GradesConfig(5, 20, 120, 3, 10, 600), clock, "node-a", () -> 0.0);

    @Test
    void submitQueuesAPendingScoreAndAnnouncesIt() {
        GradeSyncStatus status = grades.submit(learner(5), score(7));

        assertThat(status.state()).isEqualTo(SyncState.PENDING);
        assertThat(status.userId()).isEqualTo(5);
        assertThat(status.resourceLinkId()).isEqualTo(GradeTestData.LINK);
        assertThat(status.scoreGiven()).isEqualTo(7);
        assertThat(status.attempts()).isZero();
        assertThat(status.errorCode()).isNull();
        assertThat(status.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(events.fired).containsExactly(new GradeSubmitted(status.submissionId()));
    }

    @Test
    void aNewerSubmissionSupersedesTheUnsentOneAndIsTheLatest() {
        GradeSyncStatus first = grades.submit(learner(5), score(4));
        GradeSyncStatus second = grades.submit(learner(5), score(9));

        assertThat(grades.latest(learner(5))).contains(second);
        assertThat(outbox.find(first.submissionId()).orElseThrow().supersededBy()).isEqualTo(second.submissionId());
        assertThat(grades.forResourceLink(GradeTestData.DEPLOYMENT, GradeTestData.LINK))
                .extracting(GradeSyncStatus::submissionId).containsExactly(second.submissionId());
    }

    @Test
    void theTeacherViewListsEachLearnersNewestOnly() {
        grades.submit(learner(5), score(4));
        GradeSyncStatus five = grades.submit(learner(5), score(9));
        GradeSyncStatus six = grades.submit(learner(6), score(3));

        assertThat(grades.forResourceLink(GradeTestData.DEPLOYMENT, GradeTestData.LINK))
                .containsExactlyInAnyOrder(five, six);
        assertThat(grades.latest(learner(7))).isEmpty();
    }

    @Test
    void refusesAnonymousLaunchesAndLaunchesWithoutResourceLink() {
        assertThrows(IllegalArgumentException.class, () -> grades.submit(
                new org.childsafe.lti.session.application.LaunchIdentity(3, "i", 11, "d", "s", null, null, 21L, "c",
                        java.util.Set.of(ToolRole.LEARNER), false, "lessons", "link", null, clock.instant()),
                score(1)));
        assertThrows(IllegalArgumentException.class,
                () -> grades.submit(GradeTestData.launch(11, 5, 21L, null, ToolRole.LEARNER), score(1)));
    }

    @Test
    void aTeacherRequeuesAFailedScoreAndTheResendIsAudited() {
        GradeSyncStatus queued = grades.submit(learner(5), score(7));
        drain.drain();
        assertThat(grades.latest(learner(5)).orElseThrow().state()).isEqualTo(SyncState.FAILED);
        assertThat(grades.latest(learner(5)).orElseThrow().errorCode()).isEqualTo(GradeErrors.UNAVAILABLE);
        clock.advance(Duration.ofMinutes(3));

        GradeSyncStatus resent = grades.resend(teacher(9), queued.submissionId());

        assertThat(resent.state()).isEqualTo(SyncState.PENDING);
        assertThat(resent.errorCode()).isNull();
        assertThat(resent.attempts()).isOne();
        assertThat(resent.nextAttemptAt()).isEqualTo(clock.instant());
        assertThat(audit.events).containsExactly("lti-staff:3:9 grade.resend registration:3/deployment:11/grade-submission:"
                + queued.submissionId() + " was FAILED after 1 attempts (ags.unavailable)");
        assertThat(events.fired).hasSize(2);
    }

    @Test
    void resendingASentOrPendingScoreChangesNothingAndAuditsNothing() {
        GradeSyncStatus queued = grades.submit(learner(5), score(7));

        GradeSyncStatus unchanged = grades.resend(teacher(9), queued.submissionId());

        assertThat(unchanged).isEqualTo(queued);
        assertThat(audit.events).isEmpty();
    }

    @Test
    void onlyStaffOfTheSameDeploymentAndCourseMayResend() {
        GradeSyncStatus queued = grades.submit(learner(5), score(7));
        drain.drain();
        long id = queued.submissionId();

        assertThrows(GradeAccessDeniedException.class, () -> grades.resend(learner(5), id));
        assertThrows(GradeAccessDeniedException.class,
                () -> grades.resend(GradeTestData.launch(12, 9, 21L, GradeTestData.LINK, ToolRole.INSTRUCTOR), id));
        assertThrows(GradeAccessDeniedException.class,
                () -> grades.resend(GradeTestData.launch(9, 22L, ToolRole.INSTRUCTOR), id));
        assertThrows(GradeAccessDeniedException.class, () -> grades.resend(teacher(9), id + 100));
        assertThat(grades.resend(GradeTestData.launch(9, 21L, ToolRole.ADMINISTRATOR), id).state())
                .isEqualTo(SyncState.PENDING);
    }

    private static final class RecordingAudit extends AuditLog {
        final List<String> events = new ArrayList<>();

        @Override
        public void record(String actor, String action, String target, String detail) {
            events.add(actor + " " + action + " " + target + " " + detail);
        }
    }

    private static final class RecordingEvent implements Event<GradeSubmitted> {
        final List<GradeSubmitted> fired = new ArrayList<>();

        @Override
        public void fire(GradeSubmitted event) {
            fired.add(event);
        }

        @Override
        public <U extends GradeSubmitted> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends GradeSubmitted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<GradeSubmitted> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends GradeSubmitted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends GradeSubmitted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
