package org.childsafe.lti.grades.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GradesConfigTest {

    @Test
    void exposesTheSettingsAsDurations() {
        GradesConfig config = new GradesConfig(5, 20, 120, 8, 15, 3600);

        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.backoff()).isEqualTo(new Backoff(Duration.ofSeconds(15), Duration.ofHours(1)));
    }

    @Test
    void failsFastNamingTheWrongProperty() {
        IllegalStateException shortLease = assertThrows(IllegalStateException.class,
                () -> new GradesConfig(5, 20, 10, 8, 15, 3600));
        IllegalStateException maxBelowInitial = assertThrows(IllegalStateException.class,
                () -> new GradesConfig(5, 20, 120, 8, 15, 10));

        assertThat(shortLease).hasMessageContaining("lti.grades.lease-seconds");
        assertThat(maxBelowInitial).hasMessageContaining("lti.grades.backoff.max-seconds");
    }
}
