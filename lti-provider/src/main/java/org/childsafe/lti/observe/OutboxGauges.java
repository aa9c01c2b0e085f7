package org.childsafe.lti.observe;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes one outbox as two gauges with the label {@code outbox}: {@value #DEPTH} (rows waiting) and
 * {@value #OLDEST_AGE} (seconds since the oldest waiting row was created). Both read one {@link CachedValue}, so
 * a scrape costs at most one {@code COUNT/MIN} query per outbox per cache period.
 */
public final class OutboxGauges {

    /** Gauge of rows waiting in an outbox. */
    public static final String DEPTH = "childsafe_outbox_depth";
    /** Gauge of the age of the oldest waiting row, in seconds. */
    public static final String OLDEST_AGE = "childsafe_outbox_oldest_age_seconds";

    private OutboxGauges() {
    }

    /**
     * @param registry the application registry
     * @param outbox   the outbox's label value ({@code grade}, {@code referral}, {@code mail})
     * @param backlog  the query, run at most once per {@code ttl}
     * @param ttl      how long one answer is served
     * @param clock    the source of "now" for the age
     */
    public static void register(MetricRegistry registry, String outbox, Supplier<OutboxBacklog> backlog, Duration ttl,
            Clock clock) {
        CachedValue<OutboxBacklog> cached = new CachedValue<>(backlog, OutboxBacklog.EMPTY, ttl, clock);
        Tag tag = new Tag("outbox", outbox);
        registry.gauge(Metadata.builder().withName(DEPTH)
                        .withDescription("Rows waiting to be delivered in an outbox (pending or retrying)")
                        .withUnit(MetricUnits.NONE).build(),
                () -> cached.get().depth(), tag);
        registry.gauge(Metadata.builder().withName(OLDEST_AGE)
                        .withDescription("Seconds since the oldest row waiting in an outbox was created; 0 when empty")
                        .withUnit(MetricUnits.NONE).build(),
                () -> cached.get().ageSeconds(clock.instant()), tag);
    }
}
