package org.childsafe.lti.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedValueTest {

    private Instant now = Instant.parse("2026-11-29T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void loadsOncePerTimeToLive() {
        AtomicInteger loads = new AtomicInteger();
        CachedValue<Integer> value = new CachedValue<>(loads::incrementAndGet, 0, Duration.ofSeconds(15), clock);

        assertThat(value.get()).isEqualTo(1);
        now = now.plusSeconds(14);
        assertThat(value.get()).isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(value.get()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void keepsTheLastValueWhenALoadFailsAndTriesAgainAfterTheNextPeriod() {
        AtomicInteger loads = new AtomicInteger();
        CachedValue<Integer> value = new CachedValue<>(() -> {
            int n = loads.incrementAndGet();
            if (n == 2) {
                throw new IllegalStateException("database down");
            }
            return n * 10;
        }, -1, Duration.ofSeconds(15), clock);

        assertThat(value.get()).isEqualTo(10);
        now = now.plusSeconds(15);
        assertThat(value.get()).as("failed load keeps the last value").isEqualTo(10);
        assertThat(value.get()).as("no retry inside the period").isEqualTo(10);
        now = now.plusSeconds(15);
        assertThat(value.get()).isEqualTo(30);
    }

    @Test
    void servesTheFallbackUntilTheFirstSuccessfulLoad() {
        CachedValue<Integer> value = new CachedValue<>(() -> {
            throw new IllegalStateException("no table yet");
        }, 0, Duration.ofSeconds(1), clock);

        assertThat(value.get()).isZero();
    }

    @Test
    void refusesANonPositiveTimeToLive() {
        assertThatThrownBy(() -> new CachedValue<>(() -> 1, 0, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
