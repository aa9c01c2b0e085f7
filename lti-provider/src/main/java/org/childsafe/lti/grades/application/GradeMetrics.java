package org.childsafe.lti.grades.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;
import org.childsafe.lti.observe.EventLog;
import org.childsafe.lti.observe.MetricLabels;
import org.childsafe.lti.observe.ObservabilityConfig;
import org.childsafe.lti.observe.OutboxBacklog;
import org.childsafe.lti.observe.OutboxGauges;
import org.childsafe.lti.persistence.DatabaseMigrator;
import org.childsafe.lti.persistence.DatabaseMigrator.SchemaReady;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The grade outbox's metrics: {@value #AGS_FAILURES} counts every failed send attempt by its stable
 * {@link GradeErrors} code (retried or final), and the {@code grade} outbox gauges of {@link OutboxGauges} show
 * what waits (PENDING or RETRYING, not superseded) and since when.
 */
@ApplicationScoped
public class GradeMetrics {

    /** Counter of failed AGS send attempts. */
    public static final String AGS_FAILURES = "childsafe_ags_failures";

    /** What waits in the grade outbox: PENDING or RETRYING rows not superseded by a newer score. */
    public static final String BACKLOG_SQL = "SELECT COUNT(*), MIN(created_at) FROM grade_submission"
            + " WHERE state IN ('PENDING', 'RETRYING') AND superseded_by IS NULL";

    private static final Logger LOG = Logger.getLogger(GradeMetrics.class.getName());
    private static final Metadata FAILURES_META = Metadata.builder().withName(AGS_FAILURES)
            .withDescription("Failed attempts to send a score to the LMS (AGS), by stable failure code")
            .withUnit(MetricUnits.NONE).build();

    @Inject
    MetricRegistry registry;

    @Inject
    DatabaseMigrator database;

    @Inject
    ObservabilityConfig config;

    @Inject
    Clock clock;

    void registerGauges(@Observes SchemaReady ready) {
        OutboxGauges.register(registry, "grade", () -> OutboxBacklog.query(database.dataSource(), BACKLOG_SQL),
                config.gaugeCache(), clock);
    }

    /** One failed attempt; the code is a {@link GradeErrors} constant. */
    public void failed(String code) {
        String label = MetricLabels.code(code);
        registry.counter(FAILURES_META, new Tag("code", label)).inc();
        EventLog.info(LOG, "ags.send.failed", Map.of("code", label));
    }
}
