package org.childsafe.report.attachments;

import java.util.Objects;

/**
 * An image rewritten by {@link ImageSanitizer}: only pixels (and, for WebP, the image chunks), no metadata.
 *
 * @param type  the type of {@link #bytes()} (a GIF becomes a PNG)
 * @param bytes the rewritten image
 */
public record CleanImage(ImageType type, byte[] bytes) {

    public CleanImage {
        Objects.requireNonNull(type, "Type is required.");
        bytes = Objects.requireNonNull(bytes, "Bytes are required.").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
