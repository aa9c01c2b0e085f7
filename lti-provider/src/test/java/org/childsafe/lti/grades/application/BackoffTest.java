package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(15), Duration.ofHours(1));

    @Test
    void doublesTheCeilingAfterEachFailureUpToTheMaximum() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(240));
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(200)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterKeepsTheDelayBetweenHalfTheCeilingAndTheCeiling() {
        assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(45));
        assertThat(backoff.delay(3, () -> 0.999_999)).isBetween(Duration.ofMillis(59_999), Duration.ofSeconds(60));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> backoff.ceiling(0));
        assertThrows(IllegalArgumentException.class, () -> backoff.delay(1, () -> 1.0));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
