package org.childsafe.report.cases.domain;

import java.util.List;

/** The reporter ↔ counselor thread of a case; every finder is filtered by school. */
public interface ReportMessageRepository {

    /** Appends a message and flushes (the id is assigned). Messages are never changed afterwards. */
    ReportMessage save(ReportMessage message);

    /** The case's thread, oldest first; empty if the case is not the school's. */
    List<ReportMessage> thread(long deploymentPk, long caseId);

    /** How many messages of the case were written by {@code author}. */
    long count(long deploymentPk, long caseId, MessageAuthor author);
}
