package org.childsafe.report.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A screenshot attached to a case, a row of {@code report_attachment}.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Never on a case that includes {@link Category#SEXUAL_ABUSE}: the constructor refuses it, whatever the
 * caller checked before (the tool must not receive sexual images of children).</li>
 * <li>The bytes are an image re-encoded by the tool (no EXIF/GPS or other metadata) of one of the sniffed types,
 * stored only as ciphertext under the case's data key.</li>
 * <li>{@link #storedName()} is neutral ({@code attachment-3.png}): never the uploader's file name, which can
 * carry a name, a phone model or a place.</li>
 * <li>School and case come from the {@link ReportCase}; immutable once stored.</li>
 * </ul>
 */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    private static final Pattern NEUTRAL_NAME = Pattern.compile("attachment-[0-9]{1,4}\\.(png|jpg|webp|gif)");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "message_id", updatable = false)
    private Long messageId;

    @Column(name = "stored_name", length = 64, nullable = false, updatable = false)
    private String storedName;

    @Column(name = "media_type", length = 32, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "content_enc", nullable = false, updatable = false)
    private byte[] contentEnc;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReportAttachment() {
    }

    /**
     * @param reportCase a stored case that {@linkplain ReportCase#acceptsAttachments() accepts attachments}
     * @param messageId  the message it came with, or {@code null} when it came with the report
     * @param storedName neutral name {@code attachment-<n>.<png|jpg|webp|gif>}
     * @param mediaType  the sniffed media type, e.g. {@code image/png}
     * @param sizeBytes  size of the re-encoded image before encryption
     * @param contentEnc the re-encoded image, encrypted under the case's data key
     */
    public ReportAttachment(ReportCase reportCase, Long messageId, String storedName, String mediaType, int sizeBytes,
            byte[] contentEnc, Instant now) {
        Objects.requireNonNull(reportCase, "Case is required.");
        if (reportCase.id() == null) {
            throw new IllegalArgumentException("The case must be stored before attachments are added.");
        }
        if (!reportCase.acceptsAttachments()) {
            throw new IllegalArgumentException("This case's categories do not allow attachments.");
        }
        if (storedName == null || !NEUTRAL_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("An attachment's stored name is attachment-<n>.<ext>.");
        }
        this.deploymentPk = reportCase.deploymentPk();
        this.caseId = reportCase.id();
        this.messageId = messageId;
        this.storedName = storedName;
        this.mediaType = Objects.requireNonNull(mediaType, "Media type is required.");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("An attachment has content.");
        }
        this.sizeBytes = sizeBytes;
        this.contentEnc = Objects.requireNonNull(contentEnc, "Encrypted content is required.").clone();
        this.createdAt = Objects.requireNonNull(now, "Time is required.");
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

    public Optional<Long> messageId() {
        return Optional.ofNullable(messageId);
    }

    public String storedName() {
        return storedName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    /** The encrypted image (a copy); open it with {@code CaseCrypto.openAttachment}. */
    public byte[] contentEnc() {
        return contentEnc.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
