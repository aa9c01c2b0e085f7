package org.childsafe.report.triage.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;

/** One line of the counselor's queue: no report content, only what triage sorts and filters by. */
public record QueueRow(long caseId, String code, CaseStatus status, Priority priority, Set<Category> categories,
        Instant createdAt, Instant dueAt, boolean overdue, Long assigneeUserId, boolean anonymous) implements Serializable {
}
