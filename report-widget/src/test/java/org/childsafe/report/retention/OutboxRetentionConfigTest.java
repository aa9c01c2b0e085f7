package org.childsafe.report.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutboxRetentionConfigTest {

    @Test
    void exposesBothPeriodsUnderTheirKeys() {
        OutboxRetentionConfig config = new OutboxRetentionConfig(30, 0);

        assertThat(config.mail().days()).isEqualTo(30);
        assertThat(config.mail().key()).isEqualTo("report.mail.retention-days");
        assertThat(config.referralPayload().keepsForever()).isTrue();
    }

    @Test
    void aNegativeValueStopsTheStartWithTheKeysName() {
        assertThat(assertThrows(IllegalStateException.class, () -> new OutboxRetentionConfig(-1, 30)))
                .hasMessageContaining("report.mail.retention-days").hasMessageContaining("-1");
        assertThat(assertThrows(IllegalStateException.class, () -> new OutboxRetentionConfig(30, -30)))
                .hasMessageContaining("report.network.payload-retention-days").hasMessageContaining("-30");
    }
}
