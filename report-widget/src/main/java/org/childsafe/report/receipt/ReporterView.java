package org.childsafe.report.receipt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;

/**
 * What a reporter sees of their case: status, categories, when it was made, and the thread. Nothing the reporter
 * did not write or was not written to them (no priority, notes, assignee or counselor names).
 */
public record ReporterView(CaseCode code, CaseStatus status, Set<Category> categories, Instant createdAt,
        String whatHappened, List<ThreadEntry> thread) implements java.io.Serializable {

    public ReporterView {
        categories = Set.copyOf(categories);
        thread = List.copyOf(thread);
    }
}
