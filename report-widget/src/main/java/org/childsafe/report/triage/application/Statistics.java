package org.childsafe.report.triage.application;

import java.io.Serializable;
import java.util.Map;

/**
 * A school's report statistics: counts only, no content, no person (PRODUCT.md C6, "for school leaders").
 *
 * @param byCategory             reports per category (a report with two categories counts in both)
 * @param byStatus               reports per status
 * @param byMonth                reports received per month ({@code 2026-03}), oldest first
 * @param medianFirstResponseHours median hours from arrival to first response, or {@code null} without data
 * @param total                  all reports of the school
 */
public record Statistics(Map<String, Long> byCategory, Map<String, Long> byStatus, Map<String, Long> byMonth,
        Long medianFirstResponseHours, long total) implements Serializable {
}
