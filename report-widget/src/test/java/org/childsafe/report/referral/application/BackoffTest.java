package org.childsafe.report.referral.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), new SplittableRandom(7));

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(backoff.ceiling(8)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterStaysBetweenHalfTheCeilingAndTheCeiling() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration ceiling = backoff.ceiling(attempt);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayAfter(attempt)).isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
    }

    @Test
    void jitterSpreadsRetriesOut() {
        long distinct = java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delayAfter(6)).distinct().count();

        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> backoff.delayAfter(0));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1), new SplittableRandom()));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), new SplittableRandom()));
    }
}
