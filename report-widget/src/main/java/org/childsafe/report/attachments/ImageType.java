package org.childsafe.report.attachments;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types a reporter may attach, recognised by their magic bytes only (PNG: ISO/IEC 15948 §5.2; JPEG: SOI
 * marker FF D8 FF; GIF: "GIF87a"/"GIF89a"; WebP: "RIFF" size "WEBP", RFC 9649 §2.4).
 */
public enum ImageType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final String extension;

    ImageType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of these bytes, or empty for anything else (including SVG, HEIC, PDF and executables). */
    public static Optional<ImageType> sniff(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return Optional.empty();
        }
        if (Arrays.equals(bytes, 0, 8, PNG_MAGIC, 0, 8)) {
            return Optional.of(PNG);
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
