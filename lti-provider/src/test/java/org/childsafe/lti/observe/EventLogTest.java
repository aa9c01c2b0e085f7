package org.childsafe.lti.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class EventLogTest {

    @Test
    void carriesEventCorrelationIdAndFieldsAsOneMapParameter() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", "lti.invalid_signature");
        fields.put("attempt", 3);
        Correlation.begin("0123456789abcdef");
        LogRecord record;
        try {
            record = EventLog.record("org.childsafe.test", Level.WARNING, "lti.launch.refused", fields);
        } finally {
            Correlation.end();
        }

        assertThat(record.getLevel()).isEqualTo(Level.WARNING);
        assertThat(record.getLoggerName()).isEqualTo("org.childsafe.test");
        assertThat(record.getParameters()).hasSize(1);
        assertThat(fields(record)).containsExactly(
                Map.entry("event", "lti.launch.refused"), Map.entry("correlationId", "0123456789abcdef"),
                Map.entry("code", "lti.invalid_signature"), Map.entry("attempt", "3"));
        assertThat(record.getMessage()).isEqualTo(
                "lti.launch.refused correlationId=0123456789abcdef code=lti.invalid_signature attempt=3");
    }

    @Test
    void marksEventsOffARequestThreadWithADash() {
        LogRecord record = EventLog.record("x", Level.INFO, "ags.send.failed", Map.of());

        assertThat(fields(record)).containsEntry("correlationId", "-");
    }

    @Test
    void givesEachRequestADifferentRandomId() {
        assertThat(Correlation.newId()).matches("[0-9a-f]{16}").isNotEqualTo(Correlation.newId());
        assertThat(Correlation.current()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(LogRecord record) {
        return (Map<String, String>) record.getParameters()[0];
    }
}
