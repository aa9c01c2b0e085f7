package org.childsafe.report.triage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.childsafe.report.cases.domain.Priority;
import org.junit.jupiter.api.Test;

class DuePolicyTest {

    static final Instant ARRIVED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void moreUrgentCasesAreDueSooner() {
        DuePolicy policy = DuePolicy.defaults();

        assertThat(policy.dueAt(ARRIVED, Priority.LIFE_SAFETY)).isEqualTo(ARRIVED.plus(Duration.ofHours(1)));
        assertThat(policy.dueAt(ARRIVED, Priority.HIGH)).isEqualTo(ARRIVED.plus(Duration.ofHours(24)));
        assertThat(policy.dueAt(ARRIVED, Priority.MEDIUM)).isEqualTo(ARRIVED.plus(Duration.ofHours(72)));
        assertThat(policy.dueAt(ARRIVED, Priority.LOW)).isEqualTo(ARRIVED.plus(Duration.ofDays(7)));
    }

    @Test
    void overdueOnlyWithoutAFirstResponseAndAfterTheDueTime() {
        Instant due = ARRIVED.plus(Duration.ofHours(1));

        assertThat(DuePolicy.overdue(due, null, due.minusSeconds(1))).isFalse();
        assertThat(DuePolicy.overdue(due, null, due.plusSeconds(1))).isTrue();
        assertThat(DuePolicy.overdue(due, ARRIVED.plusSeconds(600), due.plusSeconds(3600))).isFalse();
    }

    @Test
    void refusesNonPositiveLimits() {
        assertThrows(IllegalArgumentException.class,
                () -> new DuePolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)));
    }
}
