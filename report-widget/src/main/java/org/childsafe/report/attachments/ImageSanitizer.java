package org.childsafe.report.attachments;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an uploaded screenshot into a {@link CleanImage} that carries no metadata, or refuses it.
 *
 * <h2>How metadata goes</h2>
 * PNG, JPEG and GIF are decoded to pixels with the JDK's ImageIO and encoded again (PNG stays PNG, GIF becomes PNG
 * (first frame), JPEG stays JPEG at quality {@value #JPEG_QUALITY}). The writer is given no metadata, so nothing of
 * the original file survives but the pixels: not EXIF or GPS, XMP, ICC profiles, comments, thumbnails, nor bytes
 * appended after the image (polyglot files). Re-encoding was chosen over a metadata-removal library (e.g. Apache
 * Commons Imaging's {@code ExifRewriter}) because removal works on a list of known segments and leaves whatever
 * it does not know, and because it needs no new dependency.
 * <p>
 * The JDK has no WebP codec, so WebP is rewritten at the container level instead (RFC 9649): only the image chunks
 * ({@code VP8 }, {@code VP8L}, {@code VP8X}, {@code ALPH}, {@code ANIM}, {@code ANMF}) are copied, {@code EXIF},
 * {@code XMP } and {@code ICCP} and any unknown chunk are dropped, and the metadata flags of {@code VP8X} cleared.
 *
 * <h2>Limits</h2>
 * At most {@code maxBytes} in, at most {@value #MAX_PIXELS} pixels (read from the header before decoding, so a
 * decompression bomb is refused without allocating it).
 */
public final class ImageSanitizer {

    /** Largest image, in pixels (e.g. 8000 × 5000). */
    public static final long MAX_PIXELS = 40_000_000L;
    static final float JPEG_QUALITY = 0.9f;

    private final int maxBytes;

    public ImageSanitizer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The cleaned image, or {@link AttachmentRejectedException} with the reason's code. */
    public CleanImage clean(byte[] upload) {
        if (upload == null || upload.length == 0 || upload.length > maxBytes) {
            throw new AttachmentRejectedException("report.attachment.size");
        }
        ImageType type = ImageType.sniff(upload)
                .orElseThrow(() -> new AttachmentRejectedException("report.attachment.type"));
        if (type == ImageType.WEBP) {
            return new CleanImage(ImageType.WEBP, WebpStripper.strip(upload));
        }
        BufferedImage pixels = decode(upload);
        return type == ImageType.JPEG
                ? new CleanImage(ImageType.JPEG, jpeg(pixels))
                : new CleanImage(ImageType.PNG, png(pixels));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new AttachmentRejectedException("report.attachment.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new AttachmentRejectedException("report.attachment.pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRejectedException rejected) {
                throw rejected;
            }
            throw new AttachmentRejectedException("report.attachment.unreadable");
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new AttachmentRejectedException("report.attachment.unreadable");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage decoded) {
        BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
