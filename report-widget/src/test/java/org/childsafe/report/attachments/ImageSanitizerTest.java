package org.childsafe.report.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageSanitizerTest {

    private final ImageSanitizer sanitizer = new ImageSanitizer(5 * 1024 * 1024);

    @Test
    void aJpegWithGpsComesOutWithoutExifOrGps() throws Exception {
        byte[] upload = TestImages.jpegWithGps();
        assertThat(TestImages.contains(upload, "Exif")).isTrue();
        assertThat(TestImages.contains(upload, TestImages.GPS_TEXT)).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload))).as("the planted EXIF keeps the JPEG valid").isNotNull();

        CleanImage clean = sanitizer.clean(upload);

        assertThat(clean.type()).isEqualTo(ImageType.JPEG);
        assertThat(TestImages.contains(clean.bytes(), "Exif")).isFalse();
        assertThat(TestImages.contains(clean.bytes(), TestImages.GPS_TEXT)).isFalse();
        assertThat(hasMarker(clean.bytes(), 0xE1)).as("no APP1 (EXIF/XMP) segment").isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(24);
    }

    @Test
    void aPngLosesItsTextChunks() {
        byte[] upload = TestImages.pngWithText();
        assertThat(TestImages.contains(upload, TestImages.GPS_TEXT)).isTrue();

        CleanImage clean = sanitizer.clean(upload);

        assertThat(clean.type()).isEqualTo(ImageType.PNG);
        assertThat(TestImages.contains(clean.bytes(), TestImages.GPS_TEXT)).isFalse();
        assertThat(TestImages.contains(clean.bytes(), "tEXt")).isFalse();
    }

    @Test
    void aGifBecomesAPng() {
        CleanImage clean = sanitizer.clean(TestImages.encode("gif", 10, 10));

        assertThat(clean.type()).isEqualTo(ImageType.PNG);
        assertThat(ImageType.sniff(clean.bytes())).contains(ImageType.PNG);
    }

    @Test
    void aWebpKeepsItsImageChunksOnly() {
        byte[] upload = TestImages.webpWithExif();

        CleanImage clean = sanitizer.clean(upload);

        assertThat(clean.type()).isEqualTo(ImageType.WEBP);
        assertThat(TestImages.contains(clean.bytes(), "EXIF")).isFalse();
        assertThat(TestImages.contains(clean.bytes(), TestImages.GPS_TEXT)).isFalse();
        assertThat(TestImages.contains(clean.bytes(), "VP8L")).isTrue();
        assertThat(clean.bytes()[20] & 0b0000_1000).as("VP8X EXIF flag cleared").isZero();
    }

    @Test
    void aFileThatOnlyClaimsToBeAnImageIsRefused() {
        byte[] html = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.7 fake document body".getBytes(StandardCharsets.US_ASCII);

        assertThat(assertThrows(AttachmentRejectedException.class, () -> sanitizer.clean(html)).code())
                .isEqualTo("report.attachment.type");
        assertThat(assertThrows(AttachmentRejectedException.class, () -> sanitizer.clean(pdf)).code())
                .isEqualTo("report.attachment.type");
    }

    @Test
    void aTruncatedImageIsUnreadable() {
        byte[] png = TestImages.encode("png", 16, 16);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);

        assertThat(assertThrows(AttachmentRejectedException.class, () -> sanitizer.clean(truncated)).code())
                .isEqualTo("report.attachment.unreadable");
    }

    @Test
    void tooManyBytesOrPixelsAreRefusedBeforeDecoding() {
        ImageSanitizer small = new ImageSanitizer(100);

        assertThat(assertThrows(AttachmentRejectedException.class,
                () -> small.clean(TestImages.encode("png", 64, 64))).code()).isEqualTo("report.attachment.size");
        assertThat(assertThrows(AttachmentRejectedException.class,
                () -> sanitizer.clean(TestImages.pngClaimingHugeSize())).code()).isEqualTo("report.attachment.pixels");
    }

    private static boolean hasMarker(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int m = jpeg[i + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }
}
