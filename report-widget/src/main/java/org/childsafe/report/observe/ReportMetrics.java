package org.childsafe.report.observe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.childsafe.lti.observe.CachedValue;
import org.childsafe.lti.observe.ObservabilityConfig;
import org.childsafe.lti.observe.OutboxBacklog;
import org.childsafe.lti.observe.OutboxGauges;
import org.childsafe.lti.persistence.DatabaseMigrator;
import org.childsafe.lti.persistence.DatabaseMigrator.SchemaReady;
import org.childsafe.report.cases.domain.CaseStatus;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Registers the report widget's gauges once the schema exists:
 * <ul>
 * <li>{@value #CASES} by {@code status} (every {@link CaseStatus}, 0 included) — one {@code GROUP BY} query per
 * cache period for all statuses. <b>No school label</b>: in a small school "1 new case" next to the school's name
 * could point at a child, and {@code /metrics} is read by operators, not by the school's counselors, who have
 * the triage pages. Per-school figures stay behind the counselor's login (statistics page).</li>
 * <li>the {@code referral} outbox (escalations not yet delivered to the national network: PENDING) and the
 * {@code mail} outbox (notices not yet sent: PENDING), through {@link OutboxGauges}.</li>
 * </ul>
 */
@ApplicationScoped
public class ReportMetrics {

    /** Gauge of report cases by status. */
    public static final String CASES = "childsafe_report_cases";

    static final String CASES_SQL = "SELECT status, COUNT(*) FROM report_case GROUP BY status";
    static final String REFERRAL_SQL = "SELECT COUNT(*), MIN(created_at) FROM report_referral WHERE state = 'PENDING'";
    static final String MAIL_SQL = "SELECT COUNT(*), MIN(created_at) FROM report_mail WHERE state = 'PENDING'";

    @Inject
    MetricRegistry registry;

    @Inject
    DatabaseMigrator database;

    @Inject
    ObservabilityConfig config;

    @Inject
    Clock clock;

    void register(@Observes SchemaReady ready) {
        CachedValue<Map<CaseStatus, Long>> cases = new CachedValue<>(() -> countByStatus(database.dataSource()),
                new EnumMap<>(CaseStatus.class), config.gaugeCache(), clock);
        Metadata metadata = Metadata.builder().withName(CASES)
                .withDescription("Report cases by status, all schools together").withUnit(MetricUnits.NONE).build();
        for (CaseStatus status : CaseStatus.values()) {
            registry.gauge(metadata, () -> cases.get().getOrDefault(status, 0L), new Tag("status", status.name()));
        }
        OutboxGauges.register(registry, "referral", () -> OutboxBacklog.query(database.dataSource(), REFERRAL_SQL),
                config.gaugeCache(), clock);
        OutboxGauges.register(registry, "mail", () -> OutboxBacklog.query(database.dataSource(), MAIL_SQL),
                config.gaugeCache(), clock);
    }

    /** Cases per status; statuses without a case are absent. */
    static Map<CaseStatus, Long> countByStatus(DataSource dataSource) {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CASES_SQL);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Report case count failed: " + e.getSQLState(), e);
        }
        return counts;
    }
}
