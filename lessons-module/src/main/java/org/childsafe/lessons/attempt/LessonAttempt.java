package org.childsafe.lessons.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One learner's go at one lesson. It names the learner only by the tool's user id (the LTI {@code sub} stays in
 * {@code lti_user}); no name, no free text. Progress is kept so the learner resumes where they left off; the
 * score is set once, on completion, from the server's scoring of the stored answers.
 */
@Entity
@Table(name = "lesson_attempt")
public class LessonAttempt {

    /** Longest stored progress text; the column size. */
    static final int PROGRESS_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "context_pk", updatable = false)
    private Long contextPk;

    @Column(name = "resource_link_id", updatable = false)
    private String resourceLinkId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private String lessonId;

    @Column(name = "pack_id", nullable = false, updatable = false)
    private String packId;

    @Column(name = "pack_version", nullable = false, updatable = false)
    private String packVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptStatus status;

    @Column(nullable = false, length = PROGRESS_MAX)
    private String progress;

    @Column
    private Double score;

    @Column
    private Integer earned;

    @Column
    private Integer total;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "grade_submission_id")
    private Long gradeSubmissionId;

    protected LessonAttempt() {
    }

    public LessonAttempt(long deploymentPk, long userId, Long contextPk, String resourceLinkId, String lessonId,
                         String packId, String packVersion, Instant now) {
        this.deploymentPk = deploymentPk;
        this.userId = userId;
        this.contextPk = contextPk;
        this.resourceLinkId = resourceLinkId;
        this.lessonId = Objects.requireNonNull(lessonId, "Lesson id is required.");
        this.packId = Objects.requireNonNull(packId, "Pack id is required.");
        this.packVersion = Objects.requireNonNull(packVersion, "Pack version is required.");
        this.status = AttemptStatus.IN_PROGRESS;
        this.progress = new AttemptProgress().encode();
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Saves the learner's place; ignored once completed. */
    public void record(AttemptProgress current, Instant now) {
        if (status == AttemptStatus.COMPLETED) {
            return;
        }
        String encoded = current.encode();
        if (encoded.length() > PROGRESS_MAX) {
            throw new IllegalArgumentException("Progress too long to store.");
        }
        this.progress = encoded;
        this.updatedAt = now;
    }

    /** Completes the attempt with the server's score; a completed attempt never changes its score. */
    public void complete(AttemptProgress last, QuizResult result, Instant now) {
        if (status == AttemptStatus.COMPLETED) {
            throw new IllegalStateException("Attempt " + id + " is already completed.");
        }
        record(last, now);
        this.status = AttemptStatus.COMPLETED;
        this.score = result.score();
        this.earned = result.earned();
        this.total = result.total();
        this.completedAt = now;
    }

    public void gradeSubmitted(long submissionId) {
        this.gradeSubmissionId = submissionId;
    }

    public Long id() {
        return id;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public long userId() {
        return userId;
    }

    public Long contextPk() {
        return contextPk;
    }

    public String resourceLinkId() {
        return resourceLinkId;
    }

    public String lessonId() {
        return lessonId;
    }

    public String packVersion() {
        return packVersion;
    }

    public AttemptStatus status() {
        return status;
    }

    public boolean completed() {
        return status == AttemptStatus.COMPLETED;
    }

    public AttemptProgress progress() {
        return AttemptProgress.decode(progress);
    }

    public Double score() {
        return score;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Long gradeSubmissionId() {
        return gradeSubmissionId;
    }
}
