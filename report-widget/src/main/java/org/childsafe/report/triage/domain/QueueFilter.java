package org.childsafe.report.triage.domain;

import java.util.Set;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;

/**
 * What the counselor's queue shows. Empty sets and {@code null}s mean "any". Search is by case code (the report's
 * words are encrypted and are not searchable in the database, on purpose).
 *
 * @param statuses     statuses to show; empty = every status but CLOSED
 * @param priority     one priority, or {@code null}
 * @param category     one category, or {@code null}
 * @param assignee     only cases assigned to this user, or {@code null}
 * @param unassigned   only cases nobody is assigned to
 * @param overdueOnly  only cases past their due time without a first response
 * @param code         one case code, or {@code null}
 */
public record QueueFilter(Set<CaseStatus> statuses, Priority priority, Category category, Long assignee,
        boolean unassigned, boolean overdueOnly, CaseCode code) {

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The default view: open cases of every priority and category. */
    public static QueueFilter open() {
        return new QueueFilter(Set.of(), null, null, null, false, false, null);
    }
}
