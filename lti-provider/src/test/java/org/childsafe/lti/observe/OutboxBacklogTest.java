package org.childsafe.lti.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    @Test
    void ageIsTheTimeSinceTheOldestRowAndZeroWhenEmpty() {
        Instant now = Instant.parse("2026-11-29T08:15:00Z");

        assertThat(new OutboxBacklog(3, Instant.parse("2026-11-29T08:00:00Z")).ageSeconds(now)).isEqualTo(900);
        assertThat(OutboxBacklog.EMPTY.ageSeconds(now)).isZero();
        assertThat(new OutboxBacklog(1, now.plusSeconds(5)).ageSeconds(now)).as("clock skew").isZero();
        assertThatThrownBy(() -> new OutboxBacklog(-1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsCountAndOldestCreationTimeWithOneQuery() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:backlog;DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE outbox (state VARCHAR(16), created_at TIMESTAMP WITH TIME ZONE)");
            s.execute("INSERT INTO outbox VALUES ('PENDING', TIMESTAMP WITH TIME ZONE '2026-11-29 08:00:00+00'),"
                    + " ('PENDING', TIMESTAMP WITH TIME ZONE '2026-11-29 08:05:00+00'),"
                    + " ('SENT', TIMESTAMP WITH TIME ZONE '2026-11-29 07:00:00+00')");
        }
        String sql = "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state = 'PENDING'";

        assertThat(OutboxBacklog.query(h2, sql)).isEqualTo(new OutboxBacklog(2, Instant.parse("2026-11-29T08:00:00Z")));
        assertThat(OutboxBacklog.query(h2, sql.replace("'PENDING'", "'RETRYING'"))).isEqualTo(OutboxBacklog.EMPTY);
        assertThatThrownBy(() -> OutboxBacklog.query(h2, "SELECT COUNT(*), MIN(created_at) FROM missing"))
                .isInstanceOf(IllegalStateException.class);
    }
}
