package org.childsafe.report.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.ReportAttachment;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.SealedContent;

/**
 * Envelope encryption of cases: the only place that turns report plaintext into the {@code *_enc} columns and
 * back.
 *
 * <h2>Keys</h2>
 * A new case gets a random 256-bit data key ({@link #sealNew}). It encrypts the case content, every message of its
 * thread and every attachment with AES-256-GCM. The data key itself is stored only wrapped (AES-256-GCM) by the
 * current master key of the {@link MasterKeyRing}. Deleting a case deletes its wrapped data key, so backups of
 * other rows never decrypt it again.
 *
 * <h2>Binding</h2>
 * Each ciphertext authenticates a context string as additional data: {@code report:<code>:data-key},
 * {@code report:<code>:content}, {@code report:<code>:message}, {@code report:<code>:attachment:<stored name>}.
 * Someone who can write the database cannot move a message or a data key to another case, or pass content off as
 * a message, without decryption failing.
 *
 * <h2>Rotation</h2>
 * {@link #rewrap} unwraps a case's data key with whatever master key wrapped it and wraps it with the current one;
 * content is untouched. Failures are {@link CaseDecryptionException}, never {@code null}.
 */
public final class CaseCrypto {

    private static final int DATA_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKeyRing keys;

    public CaseCrypto(MasterKeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "Master keys are required.");
    }

    /** Id of the master key new cases are wrapped with. */
    public String currentMasterKeyId() {
        return keys.current().id();
    }

    /** Creates a data key for a new case with this code and encrypts its content under it. */
    public SealedContent sealNew(CaseCode code, byte[] content) {
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        try {
            SecretKey key = new SecretKeySpec(dataKey, "AES");
            byte[] contentEnc = Aead.seal(key, content, context(code, "content"));
            return new SealedContent(keys.current().id(), wrap(dataKey, code), contentEnc);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The case's content as it was sealed. */
    public byte[] openContent(ReportCase reportCase) {
        return open(reportCase, reportCase.contentEnc(), "content");
    }

    /** Encrypts a message body for the case's thread. */
    public byte[] sealMessage(ReportCase reportCase, byte[] body) {
        return Aead.seal(dataKey(reportCase), body, context(reportCase.code(), "message"));
    }

    /** A message body of the case's thread. */
    public byte[] openMessage(ReportCase reportCase, ReportMessage message) {
        requireSameCase(reportCase, message.caseId(), message.deploymentPk());
        return open(reportCase, message.bodyEnc(), "message");
    }

    /** Encrypts an attachment stored under {@code storedName}. */
    public byte[] sealAttachment(ReportCase reportCase, String storedName, byte[] image) {
        return Aead.seal(dataKey(reportCase), image, context(reportCase.code(), "attachment:" + storedName));
    }

    /** An attachment's image bytes. */
    public byte[] openAttachment(ReportCase reportCase, ReportAttachment attachment) {
        requireSameCase(reportCase, attachment.caseId(), attachment.deploymentPk());
        return open(reportCase, attachment.contentEnc(), "attachment:" + attachment.storedName());
    }

    /**
     * The case's data key wrapped by the current master key, or empty when it already is.
     *
     * @return the new wrapped data key; store it with {@link ReportCase#rewrapDataKey}
     */
    public Optional<String> rewrap(ReportCase reportCase) {
        if (reportCase.masterKeyId().equals(keys.current().id())) {
            return Optional.empty();
        }
        byte[] raw = unwrap(reportCase);
        try {
            return Optional.of(wrap(raw, reportCase.code()));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * A keyed pseudonym of {@code value} for {@code purpose}: HMAC-SHA256 under a key derived from the current
     * master key, base64url. Equal inputs give equal pseudonyms (so they can be counted), but without the master key
     * nobody can test a guess (e.g. every user id). Pseudonyms change when the master key is rotated.
     */
    public String pseudonym(String purpose, String value) {
        try {
            javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(keys.current().key());
            byte[] subKey = derive.doFinal(("report-pseudonym:" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
            Arrays.fill(subKey, (byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM.", e);
        }
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    private byte[] open(ReportCase reportCase, byte[] blob, String purpose) {
        try {
            return Aead.open(dataKey(reportCase), blob, context(reportCase.code(), purpose));
        } catch (GeneralSecurityException e) {
            throw new CaseDecryptionException("The " + purpose + " of case " + reportCase.code()
                    + " does not decrypt (altered, or copied from another case).", e);
        }
    }

    private SecretKey dataKey(ReportCase reportCase) {
        byte[] raw = unwrap(reportCase);
        try {
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private byte[] unwrap(ReportCase reportCase) {
        KeyEncryptionKey master = keys.byId(reportCase.masterKeyId()).orElseThrow(() -> new CaseDecryptionException(
                "Case " + reportCase.code() + " is wrapped by master key " + reportCase.masterKeyId()
                        + ", which is not configured (report.master-key or report.master-key.previous).", null));
        try {
            byte[] wrapped = Base64.getDecoder().decode(reportCase.dataKeyWrapped());
            return Aead.open(master.key(), wrapped, context(reportCase.code(), "data-key"));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CaseDecryptionException("The data key of case " + reportCase.code()
                    + " does not unwrap with master key " + master.id() + ".", e);
        }
    }

    private String wrap(byte[] dataKey, CaseCode code) {
        return Base64.getEncoder().encodeToString(Aead.seal(keys.current().key(), dataKey, context(code, "data-key")));
    }

    private static void requireSameCase(ReportCase reportCase, long caseId, long deploymentPk) {
        if (!Objects.equals(reportCase.id(), caseId) || reportCase.deploymentPk() != deploymentPk) {
            throw new IllegalArgumentException("The record does not belong to case " + reportCase.code() + ".");
        }
    }

    private static String context(CaseCode code, String purpose) {
        return "report:" + code.value() + ":" + purpose;
    }
}
