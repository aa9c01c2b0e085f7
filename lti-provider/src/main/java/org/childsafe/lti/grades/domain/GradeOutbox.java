package org.childsafe.lti.grades.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable queue of scores on their way to platforms ({@code grade_submission}).
 *
 * <h2>Claims and leases</h2>
 * A dispatcher owns a row only through {@link #claim}: one conditional {@code UPDATE … WHERE state IN
 * (PENDING, RETRYING) AND due AND (no lease OR lease expired)} whose update count tells whether this caller won.
 * Every later write of the dispatcher ({@link #markSent}, {@link #markRetry}, {@link #markFailed}) is conditional
 * on still holding that lease, so a dispatcher that stalled past its lease cannot overwrite what another one
 * recorded. A claim counts as an attempt, so a row that kills its sender cannot loop for ever.
 *
 * <h2>Retention</h2>
 * {@link #deleteSentBefore} and {@link #deleteFailedBefore} remove rows whose delivery is over, measured from
 * {@code updated_at} (when the row became SENT or FAILED). PENDING and RETRYING rows are never deleted: they are
 * still on their way, and a requeued FAILED row is PENDING again before the delete can see it.
 */
public interface GradeOutbox {

    /** Stores a new PENDING row and marks every older unsent row of the same (deployment, link, user) superseded. */
    long enqueue(NewSubmission submission);

    Optional<Submission> find(long id);

    /** The newest row of this learner for this resource link. */
    Optional<Submission> latest(long deploymentPk, String resourceLinkId, long userId);

    /** Per learner the newest row for this resource link, oldest learner activity first. */
    List<Submission> latestPerUser(long deploymentPk, String resourceLinkId);

    /** Ids of rows due at {@code now} and not leased, oldest due first; candidates only, see {@link #claim}. */
    List<Long> due(Instant now, int limit);

    /** Tries to take the row for {@code owner} until {@code leaseUntil}; true when this caller won it. */
    boolean claim(long id, String owner, Instant now, Instant leaseUntil);

    /** Remembers the line item URL found or created for the row (so a retry does not search again). */
    void rememberLineItem(long id, String owner, String lineItemUrl);

    boolean markSent(long id, String owner, Instant now);

    boolean markRetry(long id, String owner, Instant now, Instant nextAttemptAt, String errorCode, String errorDetail);

    boolean markFailed(long id, String owner, Instant now, String errorCode, String errorDetail);

    /** Puts a FAILED or RETRYING, not superseded row back to PENDING due now, keeping its attempts; false otherwise. */
    boolean requeue(long id, Instant now);

    /** Deletes SENT rows sent before {@code cutoff} (strictly); returns how many. Joins the caller's transaction. */
    int deleteSentBefore(Instant cutoff);

    /** Deletes FAILED rows that failed before {@code cutoff} (strictly); returns how many. Joins the caller's transaction. */
    int deleteFailedBefore(Instant cutoff);

    /**
     * Deletes rows replaced by a newer submission (they are never sent) last changed before {@code cutoff} (strictly)
     * and not under a lease at {@code cutoff}; returns how many. Joins the caller's transaction.
     */
    int deleteSupersededBefore(Instant cutoff);
}
