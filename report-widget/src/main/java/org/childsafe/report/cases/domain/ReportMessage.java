package org.childsafe.report.cases.domain;

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
import java.util.Optional;

/**
 * One message of the two-way thread between the reporter and the school's counselors, a row of
 * {@code report_message}. <b>The reporter sees every message of this table</b> for their case: counselors'
 * internal notes belong elsewhere.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Immutable once written: a thread is a record of what was said.</li>
 * <li>School and case are copied from the {@link ReportCase} given to the constructor, so a message can never
 * belong to a case of another school.</li>
 * <li>A reporter's message carries no user id, anonymous or not; a counselor's carries the counselor's
 * {@code lti_user.id} (never shown to the reporter).</li>
 * <li>The body exists only as ciphertext under the case's data key ({@code CaseCrypto.sealMessage}).</li>
 * </ul>
 */
@Entity
@Table(name = "report_message")
public class ReportMessage {

    /** Longest message body, in characters, before encryption. */
    public static final int MAX_BODY_CHARS = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author", length = 16, nullable = false, updatable = false)
    private MessageAuthor author;

    @Column(name = "counselor_user_id", updatable = false)
    private Long counselorUserId;

    @Column(name = "body_enc", nullable = false, updatable = false)
    private byte[] bodyEnc;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReportMessage() {
    }

    private ReportMessage(ReportCase reportCase, MessageAuthor author, Long counselorUserId, byte[] bodyEnc,
            Instant now) {
        Objects.requireNonNull(reportCase, "Case is required.");
        if (reportCase.id() == null) {
            throw new IllegalArgumentException("The case must be stored before messages are added.");
        }
        this.deploymentPk = reportCase.deploymentPk();
        this.caseId = reportCase.id();
        this.author = author;
        this.counselorUserId = counselorUserId;
        this.bodyEnc = Objects.requireNonNull(bodyEnc, "Encrypted body is required.").clone();
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
    }

    /** A message from the reporter (no user id is stored, whatever the case's anonymity). */
    public static ReportMessage fromReporter(ReportCase reportCase, byte[] bodyEnc, Instant now) {
        return new ReportMessage(reportCase, MessageAuthor.REPORTER, null, bodyEnc, now);
    }

    /** A reply from a counselor of the case's school ({@code counselorUserId} is their {@code lti_user.id}). */
    public static ReportMessage fromCounselor(ReportCase reportCase, long counselorUserId, byte[] bodyEnc, Instant now) {
        return new ReportMessage(reportCase, MessageAuthor.COUNSELOR, counselorUserId, bodyEnc, now);
    }

    public Long id() {
        return id;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public long caseId() {
        return caseId;
    }

    public MessageAuthor author() {
        return author;
    }

    public Optional<Long> counselorUserId() {
        return Optional.ofNullable(counselorUserId);
    }

    /** The encrypted body (a copy); open it with {@code CaseCrypto.openMessage}. */
    public byte[] bodyEnc() {
        return bodyEnc.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
