package org.childsafe.report.attachments;

/**
 * An upload that is not stored, with a stable code the page shows in the reporter's language:
 * {@code report.attachment.type}, {@code .size}, {@code .pixels}, {@code .unreadable}, {@code .count},
 * {@code .not-allowed} (sexual abuse reports take no files).
 */
public class AttachmentRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public AttachmentRejectedException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
