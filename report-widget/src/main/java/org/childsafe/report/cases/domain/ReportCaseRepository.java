package org.childsafe.report.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored cases. <b>Every finder takes the school ({@code deploymentPk}) first</b> and never returns a case of
 * another school: there is deliberately no "find by id" without it. The one exception, {@link
 * #findWrappedByOtherMasterKey}, serves master-key rotation, which is not on behalf of any school and reads no
 * content.
 */
public interface ReportCaseRepository {

    /** Stores a new case and flushes, so the database has assigned its id and checked its constraints. */
    ReportCase save(ReportCase reportCase);

    /** The case with this database id, if it belongs to the school. */
    Optional<ReportCase> find(long deploymentPk, long caseId);

    /** The case with this code, if it belongs to the school. */
    Optional<ReportCase> findByCode(long deploymentPk, CaseCode code);

    /** Whether any school already has a case with this code (codes are unique across the tool). */
    boolean codeExists(CaseCode code);

    /** A page of the school's cases, most recently updated first. */
    List<ReportCase> list(long deploymentPk, int offset, int limit);

    /** How many cases the school has. */
    long count(long deploymentPk);

    /** The school's closed cases closed before {@code cutoff}, oldest first, at most {@code limit}: retention. */
    List<ReportCase> findClosedBefore(long deploymentPk, Instant cutoff, int limit);

    /** Schools that have at least one case (for jobs that run per school, such as retention). */
    List<Long> schoolsWithCases();

    /**
     * Deletes a case of the school with its categories, messages and attachments (database cascade).
     *
     * @return whether a case was deleted
     */
    boolean delete(long deploymentPk, long caseId);

    /** Up to {@code limit} cases whose data key is wrapped by a master key other than {@code masterKeyId}. */
    List<ReportCase> findWrappedByOtherMasterKey(String masterKeyId, int limit);

    /** How many cases have their data key wrapped by a master key other than {@code masterKeyId}. */
    long countWrappedByOtherMasterKey(String masterKeyId);
}
