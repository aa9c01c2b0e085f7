package org.childsafe.lti.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RetentionConfigTest {

    @Test
    void exposesEachPeriodUnderItsKey() {
        RetentionConfig config = new RetentionConfig(90, 365, 0);

        assertThat(config.gradesSent().days()).isEqualTo(90);
        assertThat(config.gradesFailed().days()).isEqualTo(365);
        assertThat(config.audit().keepsForever()).isTrue();
        assertThat(config.audit().key()).isEqualTo("tool.audit.retention-days");
    }

    @Test
    void aNegativeValueStopsTheStartWithTheKeysName() {
        assertThat(assertThrows(IllegalStateException.class, () -> new RetentionConfig(-1, 365, 1825)))
                .hasMessageContaining("lti.grades.retention.sent-days").hasMessageContaining("-1");
        assertThat(assertThrows(IllegalStateException.class, () -> new RetentionConfig(90, -5, 1825)))
                .hasMessageContaining("lti.grades.retention.failed-days");
        assertThat(assertThrows(IllegalStateException.class, () -> new RetentionConfig(90, 365, -1825)))
                .hasMessageContaining("tool.audit.retention-days");
    }
}
