package org.childsafe.lti.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An audit record never fails the change it describes, but it always says who, what and on what. */
class AuditEventTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void clipsOverlongValuesToTheirColumns() {
        AuditEvent event = new AuditEvent(NOW, "a".repeat(300), "x".repeat(70), "t".repeat(300), "d".repeat(2100));

        assertThat(event.actor()).hasSize(255);
        assertThat(event.action()).hasSize(64);
        assertThat(event.target()).hasSize(255);
        assertThat(event.detail()).hasSize(2000);
    }

    @Test
    void requiresActorActionAndTargetButNotDetail() {
        assertThrows(IllegalArgumentException.class, () -> new AuditEvent(NOW, " ", "registration.create", "registration:1", null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEvent(NOW, "tool-admin", null, "registration:1", null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEvent(NOW, "tool-admin", "registration.create", "", null));
        assertThrows(NullPointerException.class, () -> new AuditEvent(null, "tool-admin", "registration.create", "registration:1", null));
        assertThat(new AuditEvent(NOW, "tool-admin", "registration.create", "registration:1", "  ").detail()).isNull();
    }
}
