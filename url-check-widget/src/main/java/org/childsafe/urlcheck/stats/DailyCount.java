package org.childsafe.urlcheck.stats;

import java.time.LocalDate;

/**
 * How many checks of one school on one day ended in one verdict for one category ({@code ""} when no category
 * was involved). This is everything the tool keeps about checks: no link, no user, no time of day.
 *
 * @param deploymentPk the school, or 0 for checks outside any school
 * @param day          the day (UTC)
 * @param verdict      SAFE, CAUTION or UNSAFE
 * @param category     the deciding category, or empty
 * @param checks       how many
 */
public record DailyCount(long deploymentPk, LocalDate day, String verdict, String category, long checks) {
}
