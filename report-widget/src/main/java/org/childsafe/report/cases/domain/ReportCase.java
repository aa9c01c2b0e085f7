package org.childsafe.report.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One report of abuse or harm made to one school, a row of {@code report_case}: the aggregate root that the
 * thread ({@link ReportMessage}) and the attachments ({@link ReportAttachment}) hang off.
 *
 * <h2>What is stored in clear and what is not</h2>
 * In clear, because counselors filter, sort and count by it: school ({@code deploymentPk}), {@link CaseCode},
 * status, priority, categories, "danger now", who is affected, source and times. Everything the reporter wrote
 * (what happened, when, where, links, account names, and their identity details if they chose to share them) is
 * one encrypted blob, {@link #contentEnc()}, under this case's own data key. That key is stored only wrapped by
 * the report master key ({@link #dataKeyWrapped()}, {@link #masterKeyId()}); rotating the master key re-wraps it
 * with {@link #rewrapDataKey} and leaves the content untouched.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>School, code, source, anonymity, reporter and creation time never change.</li>
 * <li>An anonymous case has no reporter user id; a case that shares identity has one (checked here and in the
 * database).</li>
 * <li>At least one category. A case with {@link Category#SEXUAL_ABUSE} never has attachments (the attachment
 * service refuses them; {@link #acceptsAttachments()}).</li>
 * <li>{@link ClosingReason} is set exactly when the status is {@link CaseStatus#CLOSED}.</li>
 * <li>The passcode exists only as a slow hash ({@link #passcodeHash()}); it cannot be recovered.</li>
 * </ul>
 * Which status changes are allowed is the triage state machine's decision; {@link #changeStatus} only keeps the
 * closing-reason invariant. {@code version} gives optimistic locking, since reporter and counselors write to the
 * same case concurrently.
 */
@Entity
@Table(name = "report_case")
public class ReportCase {

    // Columns -------------------------------------------------------------------------------------------------------

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "case_code", length = 16, nullable = false, updatable = false)
    private String caseCode;

    @Column(name = "passcode_hash", length = 200, nullable = false)
    private String passcodeHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 24)
    private ClosingReason closingReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", length = 16, nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "danger_now", length = 16, nullable = false, updatable = false)
    private Answer dangerNow;

    @Enumerated(EnumType.STRING)
    @Column(name = "affected", length = 16, nullable = false, updatable = false)
    private AffectedPerson affected;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 16, nullable = false, updatable = false)
    private ReportSource source;

    @Column(name = "anonymous", nullable = false, updatable = false)
    private boolean anonymous;

    @Column(name = "reporter_user_id", updatable = false)
    private Long reporterUserId;

    @Column(name = "master_key_id", length = 64, nullable = false)
    private String masterKeyId;

    @Column(name = "data_key_wrapped", length = 200, nullable = false)
    private String dataKeyWrapped;

    @Column(name = "content_enc", nullable = false, updatable = false)
    private byte[] contentEnc;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_case_category", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 32, nullable = false)
    private Set<Category> categories = EnumSet.noneOf(Category.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    // Constructors --------------------------------------------------------------------------------------------------

    protected ReportCase() {
    }

    /**
     * A new case in status {@link CaseStatus#NEW}.
     *
     * @param deploymentPk   the school
     * @param code           a code not used by any other case
     * @param passcodeHash   the encoded slow hash of the passcode (never the passcode)
     * @param categories     at least one
     * @param priority       usually {@link Priority#suggestedFor}
     * @param reporterUserId the reporter's {@code lti_user.id} if they chose to share identity, else {@code null}
     *                       (which makes the case anonymous)
     * @param sealed         the content, encrypted under the case's data key, and that key wrapped by the master key
     */
    public ReportCase(long deploymentPk, CaseCode code, String passcodeHash, Collection<Category> categories,
            Priority priority, Answer dangerNow, AffectedPerson affected, ReportSource source, Long reporterUserId,
            SealedContent sealed, Instant now) {
        this.deploymentPk = deploymentPk;
        this.caseCode = Objects.requireNonNull(code, "Case code is required.").value();
        this.passcodeHash = requireText(passcodeHash, "Passcode hash", 200);
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("A report has at least one category.");
        }
        this.categories = EnumSet.copyOf(categories);
        this.priority = Objects.requireNonNull(priority, "Priority is required.");
        this.dangerNow = Objects.requireNonNull(dangerNow, "Danger-now answer is required.");
        this.affected = Objects.requireNonNull(affected, "Affected person is required.");
        this.source = Objects.requireNonNull(source, "Source is required.");
        this.reporterUserId = reporterUserId;
        this.anonymous = reporterUserId == null;
        Objects.requireNonNull(sealed, "Sealed content is required.");
        this.masterKeyId = requireText(sealed.masterKeyId(), "Master key id", 64);
        this.dataKeyWrapped = requireText(sealed.dataKeyWrapped(), "Wrapped data key", 200);
        this.contentEnc = sealed.contentEnc().clone();
        this.status = CaseStatus.NEW;
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
        this.updatedAt = now;
    }

    // Changes -------------------------------------------------------------------------------------------------------

    /**
     * Sets the status; {@code reason} is required for {@link CaseStatus#CLOSED} and must be {@code null} otherwise.
     * Re-opening a closed case clears the reason and the closing time.
     */
    public void changeStatus(CaseStatus next, ClosingReason reason, Instant now) {
        Objects.requireNonNull(next, "Status is required.");
        if ((next == CaseStatus.CLOSED) != (reason != null)) {
            throw new IllegalArgumentException("A closing reason is given exactly when a case is closed.");
        }
        this.status = next;
        this.closingReason = reason;
        this.closedAt = next == CaseStatus.CLOSED ? now : null;
        touch(now);
    }

    public void changePriority(Priority next, Instant now) {
        this.priority = Objects.requireNonNull(next, "Priority is required.");
        touch(now);
    }

    /** Replaces the categories (a counselor re-classifies); at least one stays. */
    public void changeCategories(Collection<Category> next, Instant now) {
        if (next == null || next.isEmpty()) {
            throw new IllegalArgumentException("A report has at least one category.");
        }
        this.categories.clear();
        this.categories.addAll(next);
        touch(now);
    }

    /** Master-key rotation: the same data key, wrapped by another master key. Content is not touched. */
    public void rewrapDataKey(String wrapped, String newMasterKeyId) {
        this.dataKeyWrapped = requireText(wrapped, "Wrapped data key", 200);
        this.masterKeyId = requireText(newMasterKeyId, "Master key id", 64);
    }

    /** Records activity (a message, an attachment, a change) for "last updated" ordering. */
    public void touch(Instant now) {
        this.updatedAt = Objects.requireNonNull(now, "Time is required.");
    }

    // Getters -------------------------------------------------------------------------------------------------------

    /** Database id; {@code null} until persisted. Never shown to reporters (they use {@link #code()}). */
    public Long id() {
        return id;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public CaseCode code() {
        return new CaseCode(caseCode);
    }

    /** Encoded slow hash of the passcode; verify with {@code org.childsafe.report.crypto.PasscodeHasher}. */
    public String passcodeHash() {
        return passcodeHash;
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<ClosingReason> closingReason() {
        return Optional.ofNullable(closingReason);
    }

    public Priority priority() {
        return priority;
    }

    public Answer dangerNow() {
        return dangerNow;
    }

    public AffectedPerson affected() {
        return affected;
    }

    public ReportSource source() {
        return source;
    }

    public boolean anonymous() {
        return anonymous;
    }

    /** The reporter's {@code lti_user.id}, only when they chose to share their identity. */
    public Optional<Long> reporterUserId() {
        return Optional.ofNullable(reporterUserId);
    }

    /** Unmodifiable view of the categories. */
    public Set<Category> categories() {
        return java.util.Collections.unmodifiableSet(categories);
    }

    /** Whether screenshots may be attached to this case (never when it includes sexual abuse). */
    public boolean acceptsAttachments() {
        return Category.attachmentsAllowed(categories);
    }

    public String masterKeyId() {
        return masterKeyId;
    }

    public String dataKeyWrapped() {
        return dataKeyWrapped;
    }

    /** The encrypted content (a copy). */
    public byte[] contentEnc() {
        return contentEnc.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "ReportCase[" + caseCode + ", school " + deploymentPk + ", " + status + "]";
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private static String requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required.");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters.");
        }
        return value;
    }
}
