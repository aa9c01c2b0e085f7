package org.childsafe.report.referral.domain;

import java.time.LocalDate;

/**
 * When it happened, as well as anyone knows: either end may be unknown ({@code null}); {@code approximate} says
 * the dates are a child's estimate.
 */
public record TimeWindow(LocalDate from, LocalDate to, boolean approximate) {

    public TimeWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The time window ends before it starts.");
        }
    }

    /** Nobody knows when. */
    public static TimeWindow unknown() {
        return new TimeWindow(null, null, true);
    }
}
