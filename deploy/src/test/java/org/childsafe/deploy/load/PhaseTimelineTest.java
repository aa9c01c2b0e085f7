package org.childsafe.deploy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PhaseTimelineTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(7 * SECOND);

    @Test
    void aPhaseEnteredTwiceAddsUpItsIntervals() {
        PhaseTimeline timeline = new PhaseTimeline(now::get, Phase.STEADY);
        now.addAndGet(60 * SECOND);
        timeline.enter(Phase.INSTANCE_KILLED);
        now.addAndGet(40 * SECOND);
        timeline.enter(Phase.STEADY);
        now.addAndGet(20 * SECOND);
        timeline.enter(Phase.POSTGRES_DOWN);
        now.addAndGet(30 * SECOND);
        timeline.enter(Phase.RECOVERY);
        now.addAndGet(90 * SECOND);
        timeline.end();
        now.addAndGet(500 * SECOND);

        assertThat(timeline.seconds()).containsEntry(Phase.STEADY, 80.0).containsEntry(Phase.INSTANCE_KILLED, 40.0)
                .containsEntry(Phase.POSTGRES_DOWN, 30.0).containsEntry(Phase.RECOVERY, 90.0);
        assertThat(timeline.current()).isEqualTo(Phase.RECOVERY);
        assertThat(timeline.transitions()).hasSize(5);
    }

    @Test
    void beforeTheEndTheCurrentPhaseRunsUntilNow() {
        PhaseTimeline timeline = new PhaseTimeline(now::get, Phase.STEADY);
        now.addAndGet(3 * SECOND);

        assertThat(timeline.seconds()).containsOnlyKeys(Phase.STEADY).containsEntry(Phase.STEADY, 3.0);
    }

    @Test
    void noPhaseStartsAfterTheEnd() {
        PhaseTimeline timeline = new PhaseTimeline(now::get, Phase.STEADY);
        timeline.end();

        assertThrows(IllegalStateException.class, () -> timeline.enter(Phase.RECOVERY));
    }
}
