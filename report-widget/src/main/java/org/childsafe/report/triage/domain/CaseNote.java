package org.childsafe.report.triage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An internal counselor note ({@code report_case_note}): never shown to the reporter, never sent to the network.
 * The text is stored encrypted ({@code body_enc}, base64 of AES-256-GCM under the tool's key-encryption key, bound
 * to the case), so the database alone does not reveal what counselors wrote.
 */
@Entity
@Table(name = "report_case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "author_user_id", updatable = false)
    private Long authorUserId;

    @Column(name = "kek_id", length = 64, nullable = false, updatable = false)
    private String kekId;

    @Column(name = "body_enc", length = 20000, nullable = false, updatable = false)
    private String bodyEnc;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseNote() {
    }

    public CaseNote(long deploymentPk, long caseId, Long authorUserId, String kekId, String bodyEnc, Instant createdAt) {
        this.deploymentPk = deploymentPk;
        this.caseId = caseId;
        this.authorUserId = authorUserId;
        this.kekId = Objects.requireNonNull(kekId, "KEK id is required.");
        this.bodyEnc = Objects.requireNonNull(bodyEnc, "Encrypted body is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "Time is required.");
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Long authorUserId() {
        return authorUserId;
    }

    public String bodyEnc() {
        return bodyEnc;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The associated data a note's ciphertext is bound to. */
    public static String binding(long caseId) {
        return "report-note:" + caseId;
    }
}
