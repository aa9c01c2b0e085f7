package org.childsafe.lti.grades.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childsafe.lti.audit.AuditLog;
import org.childsafe.lti.grades.domain.GradeOutbox;
import org.childsafe.lti.grades.domain.NewSubmission;
import org.childsafe.lti.grades.domain.Submission;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;

/**
 * The one entry point widgets use to put a learner's score into the LMS gradebook (AGS 2.0), and teachers to
 * see and repair its delivery.
 *
 * <h2>Why a queue</h2>
 * The learner's page never waits for the platform: {@link #submit} only writes a row to the grade outbox in the
 * caller's transaction and returns. The {@code GradeDispatcher} sends it after the commit (kicked at once, and
 * polling every few seconds), on a managed executor, with retries; a platform that is slow, down or refusing
 * never fails or slows the widget. Nothing is lost when the process dies between commit and send: the row is in
 * the database and any instance picks it up when its lease (if any) has expired. Design: ADR 0008.
 *
 * <h2>Superseding</h2>
 * A newer submission of the same learner for the same (deployment, resource link) supersedes the older ones not
 * yet sent: only the newest score travels. A score already in flight may still arrive; the AGS {@code timestamp}
 * of each score makes the platform keep the newest.
 *
 * <h2>Authorization</h2>
 * {@link #submit} and {@link #latest} act for the launch they are given (the caller's own session).
 * {@link #forResourceLink} does not check who asks: the teacher page checks the role first. {@link #resend}
 * checks that the teacher is an instructor or administrator of the submission's deployment and course.
 */
@ApplicationScoped
public class GradeService {

    /** Audit action of a teacher's resend. */
    public static final String AUDIT_RESEND = "grade.resend";

    @Inject
    GradeOutbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<GradeSubmitted> submitted;

    protected GradeService() {
    }

    /** For tests outside the container. */
    GradeService(GradeOutbox outbox, AuditLog audit, Clock clock, Event<GradeSubmitted> submitted) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.submitted = submitted;
    }

    /**
     * Queues the learner's score for the resource link of this launch and returns at once; durable when the
     * surrounding transaction commits (joins the caller's JTA transaction, or runs in its own). Never calls the
     * platform on the caller's thread. A newer submission for the same (deployment, resource link, user)
     * supersedes older ones that are not yet sent.
     *
     * @param learner the launch of the learner being graded (from {@code LtiSession})
     * @param request the validated score
     * @return the new submission, {@link SyncState#PENDING}
     * @throws IllegalArgumentException when the launch is anonymous or has no resource link (a deep-linking launch):
     *                                  the platform could not attribute the score
     */
    @Transactional(TxType.REQUIRED)
    public GradeSyncStatus submit(LaunchIdentity learner, GradeRequest request) {
        Objects.requireNonNull(learner, "Learner launch is required.");
        Objects.requireNonNull(request, "Grade request is required.");
        if (learner.anonymous()) {
            throw new IllegalArgumentException("An anonymous launch cannot be graded: the platform sent no user id.");
        }
        if (learner.resourceLinkId() == null) {
            throw new IllegalArgumentException("A launch without a resource link cannot be graded.");
        }
        LineItemHint hint = request.lineItem();
        long id = outbox.enqueue(new NewSubmission(learner.registrationId(), learner.deploymentPk(),
                learner.resourceLinkId(), learner.contextPk(), learner.userId(), request.scoreGiven(),
                request.scoreMaximum(), request.activityProgress(), request.gradingProgress(), request.comment(),
                hint == null ? null : hint.label(), hint == null ? null : hint.resourceId(),
                hint == null ? null : hint.tag(), clock.instant()));
        submitted.fire(new GradeSubmitted(id));
        return status(outbox.find(id).orElseThrow());
    }

    /** The newest submission of this learner for this launch's resource link, if any (for "your score was sent"). */
    @Transactional(TxType.SUPPORTS)
    public Optional<GradeSyncStatus> latest(LaunchIdentity learner) {
        Objects.requireNonNull(learner, "Learner launch is required.");
        if (learner.anonymous() || learner.resourceLinkId() == null) {
            return Optional.empty();
        }
        return outbox.latest(learner.deploymentPk(), learner.resourceLinkId(), learner.userId())
                .map(GradeService::status);
    }

    /** Every learner's newest submission for one resource link of one deployment (teacher views). */
    @Transactional(TxType.SUPPORTS)
    public List<GradeSyncStatus> forResourceLink(long deploymentPk, String resourceLinkId) {
        Objects.requireNonNull(resourceLinkId, "Resource link id is required.");
        return outbox.latestPerUser(deploymentPk, resourceLinkId).stream().map(GradeService::status).toList();
    }

    /**
     * Queues the submission again now; only an instructor/admin of the same deployment (and context) may. Audited.
     * A submission that is PENDING or SENT, or was superseded, is answered as it is, unchanged (a double click
     * does no harm); its attempts are kept, so the retry budget still bounds automatic retries after a resend.
     *
     * @throws GradeAccessDeniedException when {@code teacher} is not an instructor or administrator of the
     *                                    submission's deployment and course, or the submission does not exist
     */
    @Transactional(TxType.REQUIRED)
    public GradeSyncStatus resend(LaunchIdentity teacher, long submissionId) {
        Objects.requireNonNull(teacher, "Teacher launch is required.");
        if (!(teacher.has(ToolRole.INSTRUCTOR) || teacher.has(ToolRole.ADMINISTRATOR)) || teacher.anonymous()) {
            throw new GradeAccessDeniedException("Only an instructor or administrator may resend a grade.");
        }
        Submission submission = outbox.find(submissionId)
                .filter(s -> s.deploymentPk() == teacher.deploymentPk())
                .filter(s -> s.contextPk() == null || s.contextPk().equals(teacher.contextPk()))
                .orElseThrow(() -> new GradeAccessDeniedException(
                        "No grade submission " + submissionId + " in the teacher's deployment and course."));
        Instant now = clock.instant();
        if (outbox.requeue(submissionId, now)) {
            audit.record("lti-staff:" + teacher.registrationId() + ":" + teacher.userId(), AUDIT_RESEND,
                    "registration:" + teacher.registrationId() + "/deployment:" + teacher.deploymentPk()
                            + "/grade-submission:" + submissionId,
                    "was " + submission.state() + " after " + submission.attempts() + " attempts"
                            + (submission.errorCode() == null ? "" : " (" + submission.errorCode() + ")"));
            submitted.fire(new GradeSubmitted(submissionId));
        }
        return status(outbox.find(submissionId).orElseThrow());
    }

    static GradeSyncStatus status(Submission s) {
        boolean error = s.state() == SyncState.FAILED || s.state() == SyncState.RETRYING;
        boolean open = s.state() == SyncState.PENDING || s.state() == SyncState.RETRYING;
        return new GradeSyncStatus(s.id(), s.userId(), s.resourceLinkId(), s.scoreGiven(), s.scoreMaximum(),
                s.state(), s.attempts(), s.createdAt(), s.updatedAt(), open ? s.nextAttemptAt() : null,
                error ? s.errorCode() : null);
    }
}
