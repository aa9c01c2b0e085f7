package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.domain.Submission;
import org.childsafe.lti.services.ServiceErrors;
import org.childsafe.lti.services.ServiceException;
import org.childsafe.lti.services.ags.ActivityProgress;
import org.childsafe.lti.services.ags.GradingProgress;
import org.childsafe.lti.testplatform.MutableClock;
import org.junit.jupiter.api.Test;

/** The state machine of one dispatcher over the outbox: SENT, RETRYING with backoff, FAILED. */
class OutboxDrainTest {

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();
    private final GradesConfig config = new GradesConfig(5, 20, 120, 3, 10, 600);
    private final Deque<Supplier<RuntimeException>> answers = new ArrayDeque<>();
    private final List<Long> sent = new ArrayList<>();
    private final OutboxDrain drain = new OutboxDrain(outbox, (s, owner) -> {
        Supplier<RuntimeException> next = answers.poll();
        if (next != null && next.get() != null) {
            throw next.get();
        }
        sent.add(s.id());
    }, config, clock, "node-a", () -> 0.0);

    @Test
    void marksSentWhenThePlatformAccepts() {
        long id = queue(1);

        assertThat(drain.drain()).isOne();

        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(SyncState.SENT);
        assertThat(row.attempts()).isOne();
        assertThat(row.leaseOwner()).isNull();
        assertThat(sent).containsExactly(id);
    }

    @Test
    void retriesA5xxAfterTheBackoffAndThenSends() {
        long id = queue(1);
        answers.add(() -> unavailable(503));

        drain.drain();

        Submission retrying = outbox.find(id).orElseThrow();
        assertThat(retrying.state()).isEqualTo(SyncState.RETRYING);
        assertThat(retrying.errorCode()).isEqualTo(GradeErrors.SERVER_ERROR);
        assertThat(retrying.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(5)); // half of 10 s, jitter 0
        assertThat(drain.drain()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(5));
        drain.drain();

        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(SyncState.SENT);
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void failsForGoodWhenTheRetryBudgetIsSpent() {
        long id = queue(1);
        for (int i = 0; i < 3; i++) {
            answers.add(() -> new ServiceException(ServiceErrors.UNAVAILABLE, "timed out", 0, null, true, null));
        }

        for (int i = 0; i < 3; i++) {
            drain.drain();
            clock.advance(Duration.ofMinutes(20));
        }

        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(SyncState.FAILED);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.errorCode()).isEqualTo(GradeErrors.TIMEOUT);
        assertThat(row.nextAttemptAt()).isNull();
    }

    @Test
    void failsAtOnceOnAFinalRefusal() {
        long id = queue(1);
        answers.add(() -> new ServiceException(ServiceErrors.AGS_REJECTED, "POST answered 422.", 422,
                "User not gradable", false, null));

        drain.drain();

        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.state()).isEqualTo(SyncState.FAILED);
        assertThat(row.attempts()).isOne();
        assertThat(row.errorCode()).isEqualTo(GradeErrors.USER_NOT_GRADABLE);
        assertThat(row.errorDetail()).contains("User not gradable");
    }

    @Test
    void dropsItsLateResultWhenAnotherInstanceTookTheRowOver() {
        long id = queue(1);
        Submission mine = drain.claim(id).orElseThrow();
        clock.advance(config.lease().plusSeconds(1));
        OutboxDrain other = new OutboxDrain(outbox, (s, o) -> { }, config, clock, "node-b", () -> 0.0);
        assertThat(other.claim(id)).isPresent();

        answers.add(() -> unavailable(500));
        drain.process(mine);

        Submission row = outbox.find(id).orElseThrow();
        assertThat(row.leaseOwner()).isEqualTo("node-b");
        assertThat(row.state()).isEqualTo(SyncState.PENDING);
        assertThat(row.attempts()).isEqualTo(2);
    }

    @Test
    void sendsOnlyTheNewestOfSeveralUnsentSubmissions() {
        long first = queue(1);
        long second = queue(1);

        drain.drain();

        assertThat(sent).containsExactly(second);
        assertThat(outbox.find(first).orElseThrow().supersededBy()).isEqualTo(second);
    }

    private long queue(long userId) {
        return outbox.enqueue(new NewSubmission(3, 11, "link-1", 21L, userId, 7, 10, ActivityProgress.Completed,
                GradingProgress.FullyGraded, null, null, null, null, clock.instant()));
    }

    private static ServiceException unavailable(int status) {
        return new ServiceException(ServiceErrors.UNAVAILABLE, "answered " + status, status, null, true, null);
    }
}
