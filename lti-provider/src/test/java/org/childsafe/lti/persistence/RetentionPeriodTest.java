package org.childsafe.lti.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private static final Instant NOW = Instant.parse("2026-05-10T03:10:00Z");

    @Test
    void cutsOffTheGivenNumberOfWholeDaysBeforeNow() {
        RetentionPeriod period = new RetentionPeriod("x.retention-days", 90);

        assertThat(period.cutoff(NOW)).hasValue(Instant.parse("2026-02-09T03:10:00Z"));
        assertThat(period.cutoffDay(NOW)).hasValue(LocalDate.parse("2026-02-09"));
        assertThat(period.keepsForever()).isFalse();
        assertThat(period).hasToString("90d");
    }

    @Test
    void zeroKeepsForEver() {
        RetentionPeriod period = new RetentionPeriod("x.retention-days", 0);

        assertThat(period.keepsForever()).isTrue();
        assertThat(period.cutoff(NOW)).isEmpty();
        assertThat(period.cutoffDay(NOW)).isEmpty();
        assertThat(period).hasToString("forever");
    }

    @Test
    void refusesANegativeOrAbsurdValueNamingTheKey() {
        IllegalStateException negative = assertThrows(IllegalStateException.class,
                () -> new RetentionPeriod("report.mail.retention-days", -1));
        IllegalStateException tooLong = assertThrows(IllegalStateException.class,
                () -> new RetentionPeriod("report.mail.retention-days", RetentionPeriod.MAX_DAYS + 1));

        assertThat(negative).hasMessage("report.mail.retention-days must be between 0 (keep for ever) and 36500 days, but is -1.");
        assertThat(tooLong).hasMessageContaining("report.mail.retention-days").hasMessageContaining("36501");
        assertThat(new RetentionPeriod("k", RetentionPeriod.MAX_DAYS).days()).isEqualTo(36_500);
    }
}
