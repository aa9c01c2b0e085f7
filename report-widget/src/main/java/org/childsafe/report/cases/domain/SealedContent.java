package org.childsafe.report.cases.domain;

import java.util.Objects;

/**
 * The encrypted content of a new case and its data key, wrapped by the report master key: what
 * {@code org.childsafe.report.crypto.CaseCrypto} produces and {@link ReportCase} stores.
 *
 * @param masterKeyId    id of the master key that wrapped the data key
 * @param dataKeyWrapped the wrapped data key, base64 text
 * @param contentEnc     {@code IV || AES-GCM ciphertext || tag} of the content
 */
public record SealedContent(String masterKeyId, String dataKeyWrapped, byte[] contentEnc) {

    public SealedContent {
        Objects.requireNonNull(masterKeyId, "Master key id is required.");
        Objects.requireNonNull(dataKeyWrapped, "Wrapped data key is required.");
        contentEnc = Objects.requireNonNull(contentEnc, "Encrypted content is required.").clone();
    }

    @Override
    public byte[] contentEnc() {
        return contentEnc.clone();
    }

    @Override
    public String toString() {
        return "SealedContent[masterKeyId=" + masterKeyId + ", " + contentEnc.length + " bytes]";
    }
}
