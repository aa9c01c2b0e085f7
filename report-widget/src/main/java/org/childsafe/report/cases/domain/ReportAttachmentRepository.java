package org.childsafe.report.cases.domain;

import java.util.List;
import java.util.Optional;

/** Attachments of cases; every finder is filtered by school. */
public interface ReportAttachmentRepository {

    /** Stores a new attachment and flushes. */
    ReportAttachment save(ReportAttachment attachment);

    /** The case's attachments in upload order; empty if the case is not the school's. */
    List<ReportAttachment> findByCase(long deploymentPk, long caseId);

    /** One attachment, if it belongs to the school. */
    Optional<ReportAttachment> find(long deploymentPk, long attachmentId);

    /** How many attachments the case has. */
    long count(long deploymentPk, long caseId);
}
