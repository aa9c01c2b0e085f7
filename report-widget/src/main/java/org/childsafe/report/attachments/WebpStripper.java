package org.childsafe.report.attachments;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Rewrites a WebP file (RFC 9649) keeping only image chunks; see {@link ImageSanitizer}. Malformed files (chunk
 * sizes past the end, no image chunk) are refused as {@code report.attachment.unreadable}.
 */
final class WebpStripper {

    private static final Set<String> IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");
    /** VP8X flags byte: ICC (bit 5), EXIF (bit 3), XMP (bit 2) — RFC 9649 §2.7. */
    private static final int METADATA_FLAGS = 0b0010_1100;

    private WebpStripper() {
    }

    static byte[] strip(byte[] webp) {
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        long riffSize = in.getInt(4) & 0xFFFFFFFFL;
        if (riffSize + 8 > webp.length || riffSize < 4) {
            throw new AttachmentRejectedException("report.attachment.unreadable");
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(webp.length);
        int position = 12;
        int end = (int) (riffSize + 8);
        boolean image = false;
        while (position + 8 <= end) {
            String fourcc = new String(webp, position, 4, StandardCharsets.US_ASCII);
            long size = in.getInt(position + 4) & 0xFFFFFFFFL;
            long padded = size + (size & 1);
            if (position + 8 + padded > end) {
                throw new AttachmentRejectedException("report.attachment.unreadable");
            }
            if (IMAGE_CHUNKS.contains(fourcc)) {
                byte[] chunk = new byte[(int) (8 + padded)];
                System.arraycopy(webp, position, chunk, 0, chunk.length);
                if (fourcc.equals("VP8X") && size >= 1) {
                    chunk[8] = (byte) (chunk[8] & ~METADATA_FLAGS);
                }
                chunks.writeBytes(chunk);
                image |= !fourcc.equals("VP8X");
            }
            position += (int) (8 + padded);
        }
        if (!image) {
            throw new AttachmentRejectedException("report.attachment.unreadable");
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }
}
