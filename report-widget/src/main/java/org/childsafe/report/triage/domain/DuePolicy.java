package org.childsafe.report.triage.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.childsafe.report.cases.domain.Priority;

/**
 * When a first response to a report is due, by priority: measured from the report's arrival to the first thing a
 * counselor does that the reporter or the case can see (acknowledge, reply, change status, escalate). Defaults:
 * life-safety 1 hour, high 24 hours, medium 72 hours, low 7 days ({@code report.triage.due.*-hours}). A change of
 * priority moves the due time.
 */
public final class DuePolicy {

    private final Map<Priority, Duration> limits;

    public DuePolicy(Duration lifeSafety, Duration high, Duration medium, Duration low) {
        limits = new EnumMap<>(Priority.class);
        limits.put(Priority.LIFE_SAFETY, positive(lifeSafety));
        limits.put(Priority.HIGH, positive(high));
        limits.put(Priority.MEDIUM, positive(medium));
        limits.put(Priority.LOW, positive(low));
    }

    /** The defaults named in the class documentation. */
    public static DuePolicy defaults() {
        return new DuePolicy(Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7));
    }

    /** How long a case of this priority may wait for a first response. */
    public Duration limit(Priority priority) {
        return limits.get(Objects.requireNonNull(priority, "Priority is required."));
    }

    /** When a case that arrived at {@code arrivedAt} with this priority is due. */
    public Instant dueAt(Instant arrivedAt, Priority priority) {
        return arrivedAt.plus(limit(priority));
    }

    /** Whether a case is overdue: no first response yet and its due time has passed. */
    public static boolean overdue(Instant dueAt, Instant firstResponseAt, Instant now) {
        return firstResponseAt == null && now.isAfter(dueAt);
    }

    private static Duration positive(Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Due times must be positive.");
        }
        return value;
    }
}
